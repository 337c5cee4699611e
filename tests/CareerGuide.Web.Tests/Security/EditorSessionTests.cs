using System.Globalization;
using System.Net;
using CareerGuide.Web.Pages.Editor;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Security;

/// <summary>
/// The key in the address signs an editor in with a sealed, dated cookie, not a token that works forever: it ends
/// after Editor:SessionHours, Editor:SessionsValidAfter ends it early without a new key, a restart keeps it, and it
/// is Secure whenever the request came over HTTPS, to the site or to a known proxy in front of it.
/// </summary>
public sealed class EditorSessionTests : IAsyncLifetime
{
    private const string Key = "k3y-only-editors-know-0123456789";
    private static readonly DateTimeOffset SignInTime = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TestClock _clock = new(SignInTime);
    private readonly CareerGuideFactory _site;

    public EditorSessionTests() =>
        _site = CareerGuideFactory.WithRepositoryContent().WithServices(services => services.AddSingleton<TimeProvider>(_clock));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_session_lasts_the_session_hours_and_not_a_minute_more()
    {
        var site = Production(("Editor:SessionHours", "2"));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var cookie = await SignInAsync(client);

        Assert.Contains("max-age=7200", cookie, StringComparison.OrdinalIgnoreCase);
        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await EditorStatusAsync(client, cookie));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, await EditorStatusAsync(client, cookie));
    }

    [Fact]
    public async Task Sessions_valid_after_ends_the_sessions_issued_before_it_and_a_restart_keeps_the_others()
    {
        using var signIn = Production().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var cookie = await SignInAsync(signIn);

        // Each of these is a new host on the same database and keys folder: the site restarted with another setting.
        using var signedOut = Production(("Editor:SessionsValidAfter", SignInTime.AddMinutes(1).ToString("O", CultureInfo.InvariantCulture))).CreateClient();
        using var restarted = Production(("Editor:SessionsValidAfter", SignInTime.AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture))).CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, await EditorStatusAsync(signedOut, cookie));
        Assert.Equal(HttpStatusCode.OK, await EditorStatusAsync(restarted, cookie));
    }

    [Fact]
    public async Task Each_sign_in_gets_a_cookie_of_its_own_not_one_fixed_token_for_the_key()
    {
        using var client = Production().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await SignInAsync(client);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await SignInAsync(client);

        Assert.NotEqual(NameAndValue(first), NameAndValue(second));
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task The_session_cookie_is_secure_when_the_request_came_over_https(string address, bool secure)
    {
        using var client = Production().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(address) });

        var cookie = await SignInAsync(client);

        Assert.Equal(secure, cookie.Split(';').Any(attribute => attribute.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.9.8.7", false)]
    public async Task Behind_a_known_proxy_that_took_https_the_cookie_is_secure_and_others_cannot_claim_https(string knownProxy, bool secure)
    {
        var site = Production(("ForwardedHeaders:KnownProxies:0", knownProxy))
            .WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackClient>()));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        var cookie = await SignInAsync(client);

        Assert.Equal(secure, cookie.Split(';').Any(attribute => attribute.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("not-a-session")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_session_cookie_answers_like_a_missing_page(string value)
    {
        using var client = Production().CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, await EditorStatusAsync(client, $"{EditorSessions.CookieName}={value}"));
    }

    private WebApplicationFactory<Program> Production(params (string Key, string Value)[] settings) =>
        _site.In("Production", [("Editor:Key", Key), .. settings]);

    /// <summary>Opens the editor with the key in the address and returns the Set-Cookie header it answers with.</summary>
    private static async Task<string> SignInAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri($"/editor?key={Key}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"));
    }

    private static async Task<HttpStatusCode> EditorStatusAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/editor");
        request.Headers.Add("Cookie", NameAndValue(cookie));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static string NameAndValue(string setCookie) => setCookie.Split(';')[0];
}
