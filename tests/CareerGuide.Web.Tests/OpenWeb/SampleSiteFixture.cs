using CareerGuide.Content;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>
/// A site on three published guides in two categories, one with an old slug, plus a draft: enough to tell lists,
/// filters, feeds and redirects apart. Each guide is parsed here too, so tests compare with what its file says.
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public const string SupportSpecialist = "support-specialist";
    public const string DataAnalyst = "data-analyst";
    public const string HelpDeskTechnician = "help-desk-technician";
    public const string Draft = "support-lead";

    /// <summary>An old slug of <see cref="SupportSpecialist"/>, listed in its aliases.</summary>
    public const string OldSlug = "helpdesk-specialist";

    private static readonly Dictionary<string, string> Files = new()
    {
        [SupportSpecialist] = new GuideBuilder("Support Specialist")
            .With("aliases", $"[{OldSlug}]")
            .WithSection("Responsibilities", "- Answer questions by chat, email and phone.\n- Write knowledge base articles.")
            .WithSection("Skills", "- Troubleshooting\n- Clear writing")
            .Build(),
        [DataAnalyst] = new GuideBuilder("Data Analyst")
            .With("category", "Data")
            .With("updated", "2026-11-16")
            .With("facts", Facts("$82,000", "Bachelor's degree in statistics or a related field", "2-4 years"))
            .Build(),
        [HelpDeskTechnician] = new GuideBuilder("Help Desk Technician")
            .With("updated", "2026-11-12")
            .With("facts", Facts("$45,000", "High school diploma", "0-1 year"))
            .Build(),
        [Draft] = new GuideBuilder("Support Lead").With("draft", "true").With("updated", "2026-11-21").Build(),
    };

    /// <summary>The published slugs in title order, the order the API lists them in.</summary>
    public static IReadOnlyList<string> Published { get; } = [DataAnalyst, HelpDeskTechnician, SupportSpecialist];

    public CareerGuideFactory Factory { get; } = CareerGuideFactory.WithTestContent();

    public static RoleGuide Guide(string slug)
    {
        var result = GuideParser.Parse($"roles/{slug}.md", Files[slug]);
        return result.Guide ?? throw new InvalidOperationException($"{slug} does not parse: {string.Join("; ", result.Diagnostics)}");
    }

    /// <summary>How the page and the API name the source <paramref name="id"/> of <paramref name="guide"/>: "U.S. Bureau of Labor Statistics, May 2024".</summary>
    public static string Citation(RoleGuide guide, string? id) => CareerGuide.Web.Formatting.Display.Citation(guide.Sources.Single(s => s.Id == id));

    public Task InitializeAsync()
    {
        foreach (var (slug, markdown) in Files)
        {
            Factory.WriteGuide(slug, markdown);
        }

        // Touching the services starts the host, which ingests the guides before the first test runs.
        _ = Factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private static string Facts(string median, string education, string experience) => $"""

          median_salary:
            amount: {median}
            currency: USD
            per: year
            source: bls
          education:
            value: {education}
            source: bls
          experience:
            value: {experience}
            source: bls
        """.TrimEnd();
}
