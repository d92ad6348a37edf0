using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Safeguarding.Widgets.Tests.Support;
using Xunit.Abstractions;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The sample intranet as a real process, killed (SIGKILL) while it migrates and seeds a new
/// database, then started again: the restart must answer within a minute, with every plan and
/// demonstration user there once, however far the killed start had got. (Issue 8: before, half of
/// such restarts hung for ever on the migration lock the killed process left.)
/// </summary>
public class SampleKillDuringStartupTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_start_killed_while_migrating_or_seeding_never_stops_the_next_start()
    {
        const int trials = 6;
        var stoppedAt = new List<string>();
        for (var trial = 0; trial < trials; trial++)
        {
            var database = Path.Combine(Path.GetTempPath(), $"sample-kill-{Guid.NewGuid():N}.db");
            try
            {
                // Killed at a later point in each trial: from the first migration statement, 0 to 1.5 s on.
                var delay = TimeSpan.FromMilliseconds(trial * 300);
                using (var first = SampleProcess.Start(database))
                {
                    await first.WaitForLineAsync("Applying migration", Ready);
                    await Task.Delay(delay);
                    stoppedAt.Add(first.LastLine);
                    first.Kill();
                }

                using var second = SampleProcess.Start(database);
                var answered = await second.WaitUntilAnsweringAsync(Ready);
                Assert.True(answered, $"Trial {trial}: the restart after a kill {delay.TotalMilliseconds} ms into migrating did not answer within {Ready}. Its log:\n{second.Log}");
                AssertFullySeeded(database);
            }
            finally
            {
                DeleteDatabase(database);
            }
        }
        output.WriteLine("The killed starts' last log lines:\n" + string.Join("\n", stoppedAt));
    }

    [Fact]
    public async Task A_lock_left_while_migrating_the_identity_tables_is_cleared_though_the_plans_are_up_to_date()
    {
        var database = Path.Combine(Path.GetTempPath(), $"sample-identity-lock-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = SampleProcess.Start(database))
            {
                Assert.True(await first.WaitUntilAnsweringAsync(Ready), $"The first start did not answer within {Ready}. Its log:\n{first.Log}");
                first.Kill();
            }
            // As a start killed while migrating the identity tables leaves it: the plans migrated
            // and seeded, the identity store not there yet, and EF Core's lock row still held.
            using (var connection = new SqliteConnection($"Data Source={database}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText =
                    "SELECT 'DROP TABLE \"' || name || '\";' FROM sqlite_master WHERE type = 'table' AND (name LIKE 'AspNet%' OR name = '__IdentityMigrationsHistory')";
                var drops = new List<string>();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        drops.Add(reader.GetString(0));
                    }
                }
                command.CommandText = "PRAGMA foreign_keys = OFF; " + string.Join(" ", drops)
                    + " CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);"
                    + " INSERT INTO \"__EFMigrationsLock\" VALUES (1, '" + DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "');";
                command.ExecuteNonQuery();
            }

            using var second = SampleProcess.Start(database);
            Assert.True(await second.WaitUntilAnsweringAsync(Ready), $"The restart did not answer within {Ready}. Its log:\n{second.Log}");
            AssertFullySeeded(database);
        }
        finally
        {
            DeleteDatabase(database);
        }
    }

    // Every seed plan and the demonstration plan, and every demonstration user with the claims that give their role.
    private static void AssertFullySeeded(string database)
    {
        var (plans, users, usersWithoutRole) = Counts(database);
        Assert.Equal(Directory.GetFiles(RepositoryFolders.SeedPlans, "*.json").Length + 1, plans);
        Assert.Equal(Safeguarding.SampleIntranet.Demo.DemoUsers.All.Count, users);
        Assert.Equal(0, usersWithoutRole);
    }

    // The database file, SQLite's journal files and the initialiser's migration lock file.
    private static void DeleteDatabase(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + ".migrating" })
        {
            File.Delete(file);
        }
    }

    private static (long Plans, long Users, long UsersWithoutRole) Counts(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        return (Count("SELECT COUNT(*) FROM \"BusinessPlans\""), Count("SELECT COUNT(*) FROM \"AspNetUsers\""),
            Count("SELECT COUNT(*) FROM \"AspNetUsers\" u WHERE NOT EXISTS (SELECT 1 FROM \"AspNetUserClaims\" c WHERE c.\"UserId\" = u.\"Id\")"));
    }

    /// <summary>The sample intranet's own build, run with <c>dotnet</c> on a free loopback port and a database of the test's.</summary>
    private sealed class SampleProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly Uri _address;

        private SampleProcess(Process process, Uri address)
        {
            _process = process;
            _address = address;
            _process.OutputDataReceived += (_, line) => Add(line.Data);
            _process.ErrorDataReceived += (_, line) => Add(line.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        internal string Log
        {
            get
            {
                lock (_lines)
                {
                    return string.Join("\n", _lines);
                }
            }
        }

        internal string LastLine
        {
            get
            {
                lock (_lines)
                {
                    return _lines.Count == 0 ? "(nothing logged)" : _lines[^1];
                }
            }
        }

        internal static SampleProcess Start(string database)
        {
            var sample = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "samples", "Safeguarding.SampleIntranet");
            // The sample's own build output, of the configuration these tests were built in.
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var assembly = Path.Combine(sample, "bin", configuration, "net10.0", "Safeguarding.SampleIntranet.dll");
            if (!File.Exists(assembly))
            {
                throw new InvalidOperationException($"Expected the sample intranet built at {assembly}; build the solution first (dotnet build Safeguarding.Domain.sln).");
            }
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = sample,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { assembly, "--contentRoot", sample, "--urls", address.ToString() })
            {
                start.ArgumentList.Add(argument);
            }
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Intranet__Database"] = database;
            start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Migrations"] = "Information";
            start.Environment["Logging__Console__FormatterName"] = "simple";
            return new SampleProcess(Process.Start(start)!, address);
        }

        internal async Task WaitForLineAsync(string text, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (!Log.Contains(text, StringComparison.Ordinal))
            {
                if (watch.Elapsed > timeout || _process.HasExited)
                {
                    throw new InvalidOperationException($"Expected the sample to log \"{text}\" within {timeout}, but it did not. Its log:\n{Log}");
                }
                await Task.Delay(10);
            }
        }

        internal async Task<bool> WaitUntilAnsweringAsync(TimeSpan timeout)
        {
            using var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(10) };
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout && !_process.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return true;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(200);
            }
            return false;
        }

        internal void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private void Add(string? line)
        {
            if (line is not null)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        }
    }
}
