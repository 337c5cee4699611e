using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace CareerGuide.Browser.Tests;

/// <summary>
/// The site on a real 127.0.0.1 port, serving the repository's own guides from a temporary SQLite file,
/// and one headless Debian chromium to look at it. One per test class.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "careerguide-browser-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        _factory = new SiteFactory(ContentFolder(), Path.Combine(_dataFolder, "browser.db"));
        BaseAddress = _factory.StartOnKestrel();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh context (no cookies, no history) with the site as its base URL.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = BaseAddress.ToString();
        return Browser.NewContextAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        // Pooled connections keep the database file open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>The repository's content/ folder: the one beside CareerGuide.sln, above the test binaries.</summary>
    private static string ContentFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerGuide.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        throw new InvalidOperationException($"No CareerGuide.sln above {AppContext.BaseDirectory}.");
    }
}
