using CareerGuide.Content.Values;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Pages.Search;

/// <summary>
/// A site where "zendesk" finds 45 roles over three pages: three name it as a skill, 42 only mention it in their text,
/// more often than the three do. A draft names it in its title; two more roles tell "IT" from "items".
/// </summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    public const string Word = "zendesk";
    public const int Matches = 45;

    public static IReadOnlyList<string> SkillTitles { get; } = ["Chat Agent", "Ticket Triage Lead", "Support Operations Analyst"];

    public static IReadOnlyList<string> MentionTitles { get; } = [.. Enumerable.Range(1, Matches - 3).Select(i => $"Service Role {i:00}")];

    public CareerGuideFactory Factory { get; } = CareerGuideFactory.WithTestContent();

    public Task InitializeAsync()
    {
        foreach (var title in SkillTitles)
        {
            Write(new GuideBuilder(title).WithSection("Skills", "- Zendesk\n- Clear writing"));
        }

        foreach (var (title, i) in MentionTitles.Select((title, i) => (title, i)))
        {
            // More mentions than any skill list has, and a different count for each, so bm25 alone would rank these first.
            Write(new GuideBuilder(title).WithSection("A day in the role", string.Join(' ', Enumerable.Repeat("Tickets arrive in Zendesk.", 2 + i % 5))));
        }

        Write(new GuideBuilder("Zendesk Lead").With("draft", "true"));
        Write(new GuideBuilder("IT Support Technician").WithSection("A day in the role", "Keeps IT running for the whole office."));
        Write(new GuideBuilder("Stock Clerk").WithSection("A day in the role", "Counts items and orders more."));

        // Touching the services starts the host, which ingests the guides before the first test runs.
        _ = Factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private void Write(GuideBuilder guide) => Factory.WriteGuide(Slug.FromText(guide.Title), guide.Build());
}
