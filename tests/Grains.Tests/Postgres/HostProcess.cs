using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>A real Silo or Client process of this build, started with configuration in environment variables.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>Thaiyyal.&lt;project&gt;.dll</c> from the project's build output next to this test's configuration.</summary>
    public static HostProcess Start(string project, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(BinaryOf(project))!,
        };
        start.ArgumentList.Add(BinaryOf(project));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as a process manager stops a service: the host shuts down gracefully, then the process exits.</summary>
    public async Task StopGracefullyAsync(CancellationToken cancellationToken)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(cancellationToken);
        }
        await _process.WaitForExitAsync(cancellationToken);
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Waits for the process to exit and for its output to be read to the end (<see cref="HasExited"/> can be true
    /// while the last lines are still on their way to <see cref="Output"/>).
    /// </summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>
    /// The environment of a Silo or Client process in a test cluster on PostgreSQL: free ports on loopback, loopback
    /// HTTP allowed without retries, a 2 s watchdog and quiet logs.
    /// </summary>
    public static Dictionary<string, string> PostgresClusterEnvironment(string connectionString, string clusterId) => new()
    {
        ["Thaiyyal__Storage"] = "Postgres",
        ["ConnectionStrings__Thaiyyal"] = connectionString,
        ["Thaiyyal__ClusterId"] = clusterId,
        ["Thaiyyal__ServiceId"] = clusterId,
        ["Thaiyyal__SiloPort"] = "0",
        ["Thaiyyal__GatewayPort"] = "0",
        ["Thaiyyal__AdvertisedAddress"] = "127.0.0.1",
        ["Thaiyyal__Http__AllowedHosts__0"] = "127.0.0.1/32",
        ["Thaiyyal__Http__MaxRetryAttempts"] = "0",
        ["Thaiyyal__Runs__WatchdogPeriod"] = "00:00:02",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static string BinaryOf(string project)
    {
        // tests/Grains.Tests/bin/<Configuration>/net10.0 → <repo>/<project>/bin/<Configuration>/net10.0
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var repo = testBin;
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "Thaiyyal.sln")))
        {
            repo = repo.Parent;
        }
        var path = Path.Combine(repo!.FullName, project, "bin", configuration, framework, $"Thaiyyal.{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} first (dotnet build Thaiyyal.sln).", path);
    }
}
