using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>The PostgreSQL suites share one server, started once for them all.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlSuites : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}

/// <summary>
/// The PostgreSQL server the PostgreSQL suites run on: the one named by the environment variable
/// <c>SAFEGUARDING_POSTGRES</c> (a connection string whose user may create databases) if set, else
/// a throwaway cluster started here (initdb and pg_ctl, as the <c>postgres</c> user when the tests
/// run as root, on a free loopback port, in a temporary folder that is deleted afterwards). Where
/// neither is possible every PostgreSQL test fails saying what to install or set: never a skip.
/// Each test gets a database of its own (<see cref="CreateDatabaseAsync"/>), dropped afterwards.
/// </summary>
public sealed class PostgreSqlServer : TestProvider, IAsyncLifetime
{
    internal const string Variable = "SAFEGUARDING_POSTGRES";

    private string? _adminConnectionString;
    private LocalCluster? _cluster;

    private string AdminConnectionString => _adminConnectionString ?? throw new InvalidOperationException("The PostgreSQL server was not started.");

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _adminConnectionString = configured;
        }
        else
        {
            _cluster = await LocalCluster.StartAsync();
            _adminConnectionString = _cluster.ConnectionString;
        }
        try
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests could not connect to {(configured is null ? "the cluster they started" : $"the server named by {Variable}")}: {exception.Message}", exception);
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>Creates an empty database of its own for one test.</summary>
    internal async Task<PostgreSqlTestDatabase> CreateDatabaseAsync()
    {
        var name = $"safeguarding_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new PostgreSqlTestDatabase(this, name, builder.ConnectionString);
    }

    internal async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    internal override async Task<TestDatabase> MigratedAsync()
    {
        var database = await CreateDatabaseAsync();
        await database.MigrateAndAddAsync(null);
        return database;
    }

    internal override async Task<TestDatabase> MigratedWithAsync(BusinessPlan plan)
    {
        var database = await CreateDatabaseAsync();
        await database.MigrateAndAddAsync(plan);
        return database;
    }

    internal override async Task<TestDatabase> UnmigratedAsync() => await CreateDatabaseAsync();

    /// <summary>Finds one of PostgreSQL's client tools (pg_dump, pg_restore) where the server's tools are, or on the PATH.</summary>
    /// <exception cref="InvalidOperationException">It is not installed; the message says what to install.</exception>
    internal static string Tool(string name)
    {
        var bin = LocalCluster.FindBin();
        if (bin is not null && File.Exists(Path.Combine(bin, name)))
        {
            return Path.Combine(bin, name);
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"The PostgreSQL backup test needs {name}: install PostgreSQL's client tools (on Debian or Ubuntu: apt-get install postgresql-client).");
    }

    /// <summary>A cluster of its own in a temporary folder, stopped and deleted on dispose.</summary>
    private sealed class LocalCluster : IAsyncDisposable
    {
        private const string Missing =
            "The PostgreSQL tests need a PostgreSQL server. Set " + Variable + " to the connection string of one whose user may create " +
            "databases (such as Host=127.0.0.1;Username=postgres;Password=…), or install PostgreSQL (on Debian or Ubuntu: " +
            "apt-get install postgresql) so that the tests can start a throwaway cluster with its initdb and pg_ctl.";

        private readonly string _folder;
        private readonly string _bin;
        private readonly bool _asPostgresUser;

        private LocalCluster(string folder, string bin, bool asPostgresUser, int port)
        {
            _folder = folder;
            _bin = bin;
            _asPostgresUser = asPostgresUser;
            ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
        }

        internal string ConnectionString { get; }

        private string Data => Path.Combine(_folder, "data");

        internal static async Task<LocalCluster> StartAsync()
        {
            var bin = FindBin() ?? throw new InvalidOperationException(Missing + " No initdb was found in /usr/lib/postgresql/*/bin or on the PATH.");
            // initdb and postgres refuse to run as root: then they run as the postgres user, in a folder it owns.
            var asPostgresUser = Environment.UserName == "root";
            var folder = Directory.CreateTempSubdirectory("safeguarding-postgres-").FullName;
            if (asPostgresUser)
            {
                var (chown, output) = await RunAsync("chown", ["postgres:postgres", folder]);
                if (chown != 0)
                {
                    Directory.Delete(folder, recursive: true);
                    throw new InvalidOperationException(Missing + $" The tests run as root, so the cluster runs as the postgres user, which could not own {folder}: {output}");
                }
            }
            var port = FreePort();
            var cluster = new LocalCluster(folder, bin, asPostgresUser, port);
            try
            {
                await cluster.RunOrThrowAsync("initdb", "-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
                // Durability is not wanted of a throwaway cluster: fsync off keeps the tests quick.
                await cluster.RunOrThrowAsync("pg_ctl", "-D", cluster.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                    $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start");
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
            return cluster;
        }

        public async ValueTask DisposeAsync()
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            {
                await RunAsync(_asPostgresUser ? "runuser" : Path.Combine(_bin, "pg_ctl"),
                    [.. _asPostgresUser ? new[] { "-u", "postgres", "--", Path.Combine(_bin, "pg_ctl") } : [], "-D", Data, "-m", "immediate", "-w", "stop"]);
            }
            Directory.Delete(_folder, recursive: true);
        }

        private async Task RunOrThrowAsync(string tool, params string[] arguments)
        {
            var path = Path.Combine(_bin, tool);
            var (exitCode, output) = _asPostgresUser
                ? await RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments])
                : await RunAsync(path, arguments);
            if (exitCode != 0)
            {
                var log = Path.Combine(_folder, "server.log");
                var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log) : string.Empty;
                throw new InvalidOperationException($"{Missing} Starting a throwaway cluster failed: {tool} exited with {exitCode}: {output}{serverLog}");
            }
        }

        internal static string? FindBin()
        {
            const string root = "/usr/lib/postgresql";
            if (Directory.Exists(root))
            {
                var installed = Directory.GetDirectories(root)
                    .Select(folder => Path.Combine(folder, "bin"))
                    .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                    .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                    .FirstOrDefault();
                if (installed is not null)
                {
                    return installed;
                }
            }
            return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .FirstOrDefault(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            try
            {
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                return (process.ExitCode, await output + await error);
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                return (-1, $"{fileName} could not be run: {exception.Message}");
            }
        }
    }
}
