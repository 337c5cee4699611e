using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace CareerGuide.Browser.Tests;

/// <summary>The site on a real port, serving a temporary content folder that holds the XSS corpus as guides.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class XssSite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerguide-xss-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? _factory;

    public XssGuides Guides { get; } = XssGuides.Build(XssPayloads.All);

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "roles"));
        foreach (var (slug, markdown) in Guides.Files)
        {
            File.WriteAllText(Path.Combine(content, "roles", slug + ".md"), markdown);
        }

        // Development, the factory's default, opens the editor pages, which show the refused payloads in their diagnostics.
        _factory = new SiteFactory(content, Path.Combine(_folder, "xss.db"));
        BaseAddress = _factory.StartOnKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            // Pooled connections keep the database file open; only this database's pool is cleared.
            using var connection = new SqliteConnection(_factory.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_folder, recursive: true);
    }
}
