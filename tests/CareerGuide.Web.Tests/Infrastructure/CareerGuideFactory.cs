using CareerGuide.Web.Data;
using CareerGuide.Web.Data.PostgreSql;
using CareerGuide.Web.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGuide.Web.Tests.Infrastructure;

/// <summary>
/// The site on a database of its own (<see cref="TestDatabase"/>: a SQLite file in a temp folder, or a fresh PostgreSQL
/// database, as the provider this fixture is given says), reading guides from either a fresh temp content folder
/// or the repository's content/ folder. The watcher is off, so ingestion runs only at start-up and when a test asks.
/// </summary>
public sealed class CareerGuideFactory : WebApplicationFactory<Program>
{
    private readonly string _tempFolder;
    private readonly bool _ingestOnStart;
    private readonly Dictionary<string, string> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    private readonly TestDatabase _database;

    private CareerGuideFactory(string? contentRoot, bool ingestOnStart, string provider, string? postgreSqlServer = null)
    {
        _tempFolder = Path.Combine(Path.GetTempPath(), "careerguide-web-tests", Guid.NewGuid().ToString("N"));
        ContentRoot = contentRoot ?? Path.Combine(_tempFolder, "content");
        Directory.CreateDirectory(contentRoot is null ? RolesFolder : _tempFolder);
        _database = TestDatabase.Create(provider, _tempFolder, postgreSqlServer);
        _ingestOnStart = ingestOnStart;
    }

    /// <summary>The folder the site reads: it holds the roles/ folder.</summary>
    public string ContentRoot { get; }

    public string RolesFolder => Path.Combine(ContentRoot, ContentOptions.RolesFolder);

    public string ConnectionString => _database.ConnectionString;

    /// <summary>The site's <c>Database:Provider</c>.</summary>
    public string Provider => _database.Provider;

    /// <summary>A site on an empty temp content folder; with <paramref name="ingestOnStart"/> off, only <see cref="IngestAsync"/> ingests.</summary>
    public static CareerGuideFactory WithTestContent(bool ingestOnStart = true, string? provider = null) => new(null, ingestOnStart, provider ?? TestDatabase.ProjectProvider);

    /// <summary>
    /// A site on an empty temp content folder and a fresh database on the PostgreSQL server <paramref name="server"/>
    /// (an Npgsql connection string to its maintenance database): a server of the test's own, which it may stop.
    /// </summary>
    public static CareerGuideFactory WithTestContentOnPostgreSql(string server) => new(null, ingestOnStart: true, TestDatabase.PostgreSql, server);

    /// <summary>A site on the repository's own content/ folder, which tests only read.</summary>
    public static CareerGuideFactory WithRepositoryContent(string? provider = null) => new(RepositoryContent.Folder, ingestOnStart: true, provider ?? TestDatabase.ProjectProvider);

    /// <summary>
    /// The same site, content and database in <paramref name="environment"/> with extra settings, for tests of what
    /// only Production does (HSTS, the error page, the editor key). Disposed with this factory.
    /// </summary>
    public WebApplicationFactory<Program> In(string environment, params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>Overrides one configuration value; call it before the site starts.</summary>
    public CareerGuideFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Adds or replaces services after the site's own registrations; call it before the site starts.</summary>
    public CareerGuideFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Adds to the options of the site's context, whichever type the provider runs it as; call it before the site starts.</summary>
    public CareerGuideFactory WithDbContextOptions(Action<DbContextOptionsBuilder> configure) => WithServices(services =>
    {
        services.ConfigureDbContext<CareerGuideDbContext>(configure);
        services.ConfigureDbContext<PostgreSqlDbContext>(configure);
    });

    /// <summary>Writes roles/<paramref name="name"/>.md and returns its path relative to the content folder.</summary>
    public string WriteGuide(string name, string markdown)
    {
        EnsureTestContent();
        Directory.CreateDirectory(RolesFolder);
        File.WriteAllText(Path.Combine(RolesFolder, name + ".md"), markdown);
        return $"{ContentOptions.RolesFolder}/{name}.md";
    }

    public void DeleteGuide(string name)
    {
        EnsureTestContent();
        File.Delete(Path.Combine(RolesFolder, name + ".md"));
    }

    public void DeleteRolesFolder()
    {
        EnsureTestContent();
        Directory.Delete(RolesFolder, recursive: true);
    }

    /// <summary>Runs one ingestion the way the watcher does: in its own scope.</summary>
    public async Task<IngestionReport> IngestAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentIngestor>().IngestAsync();
    }

    /// <summary>Reads the database through a fresh context, so nothing cached by the site is seen.</summary>
    public async Task<T> QueryAsync<T>(Func<CareerGuideDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CareerGuideDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development validates scopes and the DI graph at start, which catches registration mistakes too.
        builder.UseEnvironment("Development");
        builder.UseSetting("Content:Path", ContentRoot);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("Content:IngestOnStart", _ingestOnStart ? "true" : "false");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:CareerGuide", ConnectionString);
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_tempFolder, "keys"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => _services.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
            if (Directory.Exists(_tempFolder))
            {
                Directory.Delete(_tempFolder, recursive: true);
            }
        }
    }

    private void EnsureTestContent()
    {
        if (!ContentRoot.StartsWith(_tempFolder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Tests never write to the repository's content folder.");
        }
    }
}
