namespace Thaiyyal.Client.Audit;

/// <summary>The audit log in the API host: the recording middleware and the routes that read and verify it.</summary>
public static class ThaiyyalAuditExtensions
{
    public static IServiceCollection AddThaiyyalAudit(this IServiceCollection services) => services.AddThaiyyalAuditOptions();

    /// <summary>
    /// The recording middleware, first in the pipeline (before the exception handler, so it records the status the
    /// client gets), and the audit routes.
    /// </summary>
    public static WebApplication UseThaiyyalAudit(this WebApplication app)
    {
        app.UseMiddleware<AuditMiddleware>();
        app.MapAuditApi();
        return app;
    }
}
