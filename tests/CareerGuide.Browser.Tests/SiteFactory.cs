using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGuide.Browser.Tests;

/// <summary>
/// The site as the browser tests run it: the guides in <paramref name="contentPath"/> stored in the SQLite file at
/// <paramref name="databasePath"/>, no file watching, only warnings logged, in the factory's default Development environment.
/// </summary>
internal sealed class SiteFactory(string contentPath, string databasePath) : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = $"Data Source={databasePath}";

    /// <summary>Starts the site on a free 127.0.0.1 port, since a browser cannot reach the in-memory test server, and returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Path", contentPath);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("ConnectionStrings:CareerGuide", ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The XSS corpus asks, from this one client, for far more addresses that must answer 404 than a reader would.
        builder.UseSetting("RateLimits:NotFoundPerClientPer10Seconds", "1000000");
    }
}
