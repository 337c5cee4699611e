using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// A start that cannot get the database, because another connection holds it locked, gives up after
/// <c>Database:StartupTimeout</c>, says so in one line and exits non-zero, instead of waiting without a word.
/// </summary>
public sealed class LockedDatabaseStartTests
{
    private static readonly (string, string) ShortStartupTimeout = ("Database:StartupTimeout", "00:00:01");

    private static readonly string[] FailureLevels = [" ERR] ", " CRT] ", " FTL] "];

    [SqliteOnlyTheory]
    [InlineData("ingest")]
    [InlineData("site")]
    public async Task A_start_on_a_database_another_connection_holds_locked_exits_non_zero_with_one_line(string start)
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: true);
        await using var holder = await UnpooledConnection.OpenAsync(site.ConnectionString);
        await using (var command = holder.CreateCommand())
        {
            // A new file is in rollback-journal mode: an exclusive lock keeps readers out too, as a backup or a shell could.
            command.CommandText = "BEGIN EXCLUSIVE";
            await command.ExecuteNonQueryAsync();
        }

        using var run = start == "ingest" ? SiteProcess.Ingest(site, ShortStartupTimeout) : SiteProcess.Serve(site, ShortStartupTimeout);
        var exitCode = await run.WaitForExitAsync();

        Assert.True(exitCode != 0, $"{start} exited with 0:\n{run.Output}");
        // Every line is one log entry (no stack trace spread over many), and exactly one of them is the failure.
        Assert.True(run.Lines.All(line => line.StartsWith('[')), run.Output);
        var failure = Assert.Single(run.Lines, line => FailureLevels.Any(level => line.Contains(level, StringComparison.Ordinal)));
        Assert.Contains("database", failure, StringComparison.Ordinal);
        Assert.Contains("00:00:01", failure, StringComparison.Ordinal);
        Assert.Null(run.ListeningAddress);
    }
}
