using Thaiyyal.Client.Identity;

namespace Thaiyyal.Client.Audit;

/// <summary>
/// Lets a handler name who its request's audit entry is about when the request's own principal does not: a sign-in
/// route calls <see cref="Identify"/> with the caller it signed in, so the entry names that key or subject and goes
/// to that tenant's chain instead of the installation's. Every request the audit middleware sees carries one
/// (<c>context.Features.Get&lt;AuditFeature&gt;()</c>).
/// </summary>
public sealed class AuditFeature
{
    public Caller? Caller { get; private set; }

    public void Identify(Caller caller) => Caller = caller;
}
