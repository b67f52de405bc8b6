using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>
/// The in-process test server has no connection, so no remote address: this makes each request come from 127.0.0.1,
/// as a browser or curl on the same machine does (embedded mode's anonymous access is for loopback callers only).
/// </summary>
internal sealed class LoopbackClientStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
