using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;
using CareerGuide.Web.Tests.OpenWeb;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Tests.Site;

/// <summary>Every settings section is checked when the site starts: a value out of its range stops the start, naming the setting.</summary>
public sealed class SettingsTests
{
    [Theory]
    [InlineData("Site:BaseUrl", "ftp://careers.example", "Site:BaseUrl")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address", "ForwardedHeaders:KnownProxies")]
    [InlineData("ConnectionStrings:Redis", "127.0.0.1:6379,abortConnect=maybe", "ConnectionStrings:Redis")]
    [InlineData("RateLimits:PerClientPer10Seconds", "0", "PerClientPer10Seconds")]
    [InlineData("RateLimits:NotFoundPerClientPer10Seconds", "-1", "NotFoundPerClientPer10Seconds")]
    [InlineData("Editor:SessionHours", "0", "SessionHours")]
    [InlineData("Database:StartupTimeout", "00:00:00", "StartupTimeout")]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Content:ReadTimeout", "00:00:00", "ReadTimeout")]
    [InlineData("Content:StaleAfterYears", "0", "StaleAfterYears")]
    public async Task A_setting_out_of_its_range_stops_the_start_and_says_which(string key, string value, string named)
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false).WithSetting(key, value);

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var invalid = Assert.IsType<OptionsValidationException>(InnermostOptionsError(error));
        Assert.Contains(named, invalid.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task Caching_enabled_decides_whether_a_page_is_served_from_the_output_cache(string enabled, bool cached)
    {
        await using var site = CareerGuideFactory.WithTestContent().WithSetting("Caching:Enabled", enabled);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        await site.IngestAsync();
        var client = site.CreateClient();

        using var first = await client.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");
        using var second = await client.ExpectAsync("/roles/support-specialist", HttpStatusCode.OK, "text/html");

        // The output cache says how old a response it serves is; a page made afresh has no age.
        Assert.Equal(cached, second.Headers.Age is not null);
    }

    private static Exception? InnermostOptionsError(Exception? error) =>
        error switch
        {
            null or OptionsValidationException => error,
            AggregateException aggregate => aggregate.InnerExceptions.Select(InnermostOptionsError).FirstOrDefault(e => e is not null),
            _ => InnermostOptionsError(error.InnerException),
        };
}
