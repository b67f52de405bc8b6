using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>A Silo process of this build (<c>Thaiyyal.Silo.dll</c>) on loopback, its output in a log file.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private SiloProcess(Process process, StreamWriter log, int siloPort, int gatewayPort)
    {
        _process = process;
        _log = log;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Whether this process was killed on purpose (as opposed to having exited on its own).</summary>
    public bool WasKilled { get; private set; }

    /// <summary>Starts the silo with <paramref name="environment"/> (configuration keys in environment form) on free ports.</summary>
    public static SiloProcess Start(IReadOnlyDictionary<string, string> environment, string logPath, params string[] args)
    {
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var dll = SiloDll();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["Thaiyyal__SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Thaiyyal__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Thaiyyal__AdvertisedAddress"] = "127.0.0.1";
        var log = new StreamWriter(logPath) { AutoFlush = true };
        return new SiloProcess(Process.Start(start)!, log, siloPort, gatewayPort);
    }

    /// <summary>Whether an Orleans silo address (<c>S127.0.0.1:port:generation</c>) is this process's.</summary>
    public bool Is(string? siloAddress) => siloAddress is not null && siloAddress.Contains($":{SiloPort}:", StringComparison.Ordinal);

    /// <summary>SIGKILL: no shutdown, no goodbye to the cluster (kill -9).</summary>
    public void KillHard()
    {
        WasKilled = true;
        _process.Kill(entireProcessTree: true);
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            if (_log.BaseStream.CanWrite)
            {
                _log.WriteLine(line);
            }
        }
    }

    /// <summary>tests/Benchmarks/bin/&lt;Configuration&gt;/net10.0 → Silo/bin/&lt;Configuration&gt;/net10.0/Thaiyyal.Silo.dll.</summary>
    private static string SiloDll()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (bin.Name, bin.Parent!.Name);
        var repo = bin;
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "Thaiyyal.sln")))
        {
            repo = repo.Parent;
        }
        var path = Path.Combine(repo?.FullName ?? ".", "Silo", "bin", configuration, framework, "Thaiyyal.Silo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the Silo first (dotnet build -c {configuration} Thaiyyal.sln).", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
