using CareerGuide.Web.Site;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>
/// A start with a setting it cannot use, run as a deployment runs it: one line naming the key, a non-zero exit, no stack
/// trace. (In process, <c>Site/SettingsTests</c> checks that each range is enforced at all.)
/// </summary>
public sealed class WrongSettingsStartTests
{
    [Theory]
    [InlineData("Database:Provider", "Database:Provider", "Oracle")]
    [InlineData("ConnectionStrings:CareerGuide", "Database:Provider", "PostgreSQL", "ConnectionStrings:CareerGuide", "Host=;;=x")]
    [InlineData("ConnectionStrings:CareerGuide", "Database:Provider", "Sqlite", "ConnectionStrings:CareerGuide", "Data;;=x")]
    [InlineData("ConnectionStrings:Redis", "ConnectionStrings:Redis", "localhost:notaport")]
    [InlineData("ConnectionStrings:Redis", "ConnectionStrings:Redis", "=,=")]
    [InlineData("RateLimits:PerClientPer10Seconds", "RateLimits:PerClientPer10Seconds", "0")]
    [InlineData("Database:StartupTimeout", "Database:StartupTimeout", "00:00:00")]
    [InlineData("Site:BaseUrl", "Site:BaseUrl", "ftp://careers.example")]
    public async Task A_start_with_a_wrong_setting_ends_with_one_line_naming_its_key(string named, params string[] keysAndValues)
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        using var start = SiteProcess.Serve(site, [.. keysAndValues.Chunk(2).Select(pair => (pair[0], pair[1]))]);
        var exitCode = await start.WaitForExitAsync();

        Assert.Equal(StartupSettings.InvalidExitCode, exitCode);
        var line = Assert.Single(start.Lines, line => line.StartsWith("Cannot start:", StringComparison.Ordinal));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", start.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", start.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verb_checks_the_settings_too()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        using var migrate = SiteProcess.Migrate(site, ("Database:Provider", "Oracle"));

        Assert.Equal(StartupSettings.InvalidExitCode, await migrate.WaitForExitAsync());
        Assert.Contains(migrate.Lines, line => line.StartsWith("Cannot start: Database:Provider", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_redis_is_no_reason_not_to_start()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        // Port 1 of loopback: nothing listens there, so every connection is refused.
        using var start = SiteProcess.Serve(site, ("ConnectionStrings:Redis", "127.0.0.1:1"));
        await Waits.UntilAsync(() => start.ListeningAddress is not null || start.HasExited, "the site to listen or end");

        Assert.True(start.ListeningAddress is not null, $"the site ended without listening:\n{start.Output}");
        Assert.DoesNotContain(start.Lines, line => line.StartsWith("Cannot start:", StringComparison.Ordinal));
    }
}
