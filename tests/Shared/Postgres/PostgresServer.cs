using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Thaiyyal.Grains.Persistence.Migrations;

namespace Thaiyyal.Tests.Shared.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests: <c>initdb</c> into a temporary folder, <c>postgres</c> on a free loopback
/// port, stopped and deleted on dispose. As root it runs the server as an unprivileged user (initdb refuses root).
/// Databases it creates are migrated with the same <see cref="SchemaMigrator"/> as <c>migrate</c>.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Superuser = "thaiyyal";

    // Not UTC on purpose: a timestamp written or read without its zone would shift by hours and fail the tests.
    private const string ServerTimeZone = "Asia/Kolkata";

    private readonly string _root;
    private readonly string _binDir;
    private readonly string? _runAs;
    private bool _stopped;

    private PostgresServer(string root, string binDir, string? runAs, int port)
    {
        _root = root;
        _binDir = binDir;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_root, "data");

    /// <summary>Finds the binaries, initialises a cluster in a temporary folder and starts the server.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binDir = FindBinDir();
        var runAs = Environment.UserName == "root" ? await EnsureUnprivilegedUserAsync(cancellationToken) : null;
        var root = Path.Combine(Path.GetTempPath(), "thaiyyal-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var server = new PostgresServer(root, binDir, runAs, FreePort());
        try
        {
            if (runAs is not null)
            {
                await RunAsync("chown", [runAs, root], null, cancellationToken);
            }
            await server.RunPgAsync("initdb", ["-D", server.DataDir, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-locale", "--no-instructions"], cancellationToken);
            // max_connections: one test server holds the fixture's two silos and up to four silo processes at once,
            // each with pools of up to 38 connections (ThaiyyalHosting), more than PostgreSQL's default of 100 allows.
            await server.RunPgAsync("pg_ctl", [
                "start", "-w", "-t", "60", "-D", server.DataDir, "-l", Path.Combine(root, "server.log"),
                "-o", $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c timezone={ServerTimeZone} -c max_connections=400 -c shared_buffers=32MB",
            ], cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = Superuser,
            Database = database,
            Pooling = true,
            Timeout = 30,
        }.ConnectionString;

    /// <summary>Creates a fresh database and returns its connection string; applies the migrations unless told not to.</summary>
    public async Task<string> CreateDatabaseAsync(bool migrate = true, CancellationToken cancellationToken = default)
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = NpgsqlDataSource.Create(ConnectionString("postgres")))
        await using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var connectionString = ConnectionString(name);
        if (migrate)
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await new SchemaMigrator(dataSource).MigrateAsync(cancellationToken);
        }
        return connectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            NpgsqlConnection.ClearAllPools();
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
            {
                try
                {
                    // Immediate: the data is thrown away next, so there is nothing to flush.
                    await RunPgAsync("pg_ctl", ["stop", "-D", DataDir, "-m", "immediate", "-w"], CancellationToken.None);
                }
                catch (InvalidOperationException)
                {
                    // Deleting the folder below is still worth doing; a leftover server dies with the test process's session.
                }
            }
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// THAIYYAL_PG_BINDIR, then <c>initdb</c> on PATH, then <c>pg_config --bindir</c>, then the newest
    /// /usr/lib/postgresql/N/bin (where Debian's postgresql package puts the server, off PATH).
    /// </summary>
    private static string FindBinDir()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("THAIYYAL_PG_BINDIR") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(dir, "initdb");
            if (File.Exists(initdb))
            {
                // /usr/local/bin/initdb may be a link into the real bin folder, where pg_ctl and postgres sit too.
                candidates.Add(Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb)!);
                candidates.Add(dir);
            }
        }
        if (TryPgConfigBinDir() is { } fromPgConfig)
        {
            candidates.Add(fromPgConfig);
        }
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found on PATH, via pg_config or in /usr/lib/postgresql/*/bin. " +
                "Install them (apt-get install -y postgresql) or set THAIYYAL_PG_BINDIR.");
    }

    private static string? TryPgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The <c>postgres</c> user (Debian's package creates it); when missing, one made with useradd.</summary>
    private static async Task<string> EnsureUnprivilegedUserAsync(CancellationToken cancellationToken)
    {
        foreach (var user in new[] { "postgres", "thaiyyal-pg" })
        {
            if (await TryRunAsync("id", ["-u", user], cancellationToken))
            {
                return user;
            }
        }
        await RunAsync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "thaiyyal-pg"], null, cancellationToken);
        return "thaiyyal-pg";
    }

    private Task RunPgAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_binDir, tool);
        return _runAs is null
            ? RunAsync(path, arguments, _root, cancellationToken)
            : RunAsync("runuser", ["-u", _runAs, "--", path, .. arguments], _root, cancellationToken);
    }

    private static async Task<bool> TryRunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(file, arguments, null, cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, string? workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        // pg_ctl start leaves the server holding inherited pipes; read to the end only what the tool itself writes.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var error = await Task.WhenAny(stderr, Task.Delay(1000, cancellationToken)) == stderr ? await stderr : "";
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
        }
        _ = stdout;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
