using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>Links to one part of a guide ("see the salary table") keep working: fixed ids, a copy-link on every heading, and ids that survive rewording.</summary>
public sealed class SectionAnchorTests
{
    private const string Slug = "support-specialist";

    /// <summary>Standard headings get fixed anchors; a step or question keeps its id when the editor pins it with {#id}.</summary>
    private static readonly GuideBuilder FirstWording = new GuideBuilder("Support Specialist")
        .WithSection("Skills", "- Troubleshooting\n- Clear writing")
        .WithSteps(
            ("Junior Support Specialist {#junior}", "0-1 year", "Answers common questions.", ["Learn the product"]),
            ("Support Specialist {#specialist}", "1-3 years", "Solves harder problems alone.", []))
        .WithFaqs(("Do I need a degree? {#degree}", "Usually not."), ("Can I work remotely?", "Often, yes."));

    private static readonly (string From, string To)[] RewordedHeadings =
    [
        ("Overview", "What is a Support Specialist?"),
        ("Skills", "Skills and qualifications"),
        ("Salary by experience level", "Salary by level"),
        ("Career path", "Career ladder"),
        ("FAQ", "Frequently asked questions"),
    ];

    [Fact]
    public async Task Standard_sections_faqs_and_career_steps_have_fixed_ids()
    {
        var page = await RenderAsync(FirstWording.Build());

        var anchors = Anchors(page);

        Assert.Equal(("overview, skills, salary, career-path, faq", "junior, specialist", "degree, can-i-work-remotely"), anchors);
    }

    [Fact]
    public async Task Every_section_step_and_question_heading_has_a_copy_link_to_its_own_id()
    {
        var page = await RenderAsync(FirstWording.Build());

        var targets = GuideSections(page).Concat(page.QuerySelectorAll("li.career-step, .faq")).ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, target =>
        {
            var heading = target.QuerySelector(":scope > h2, :scope > h3")!;
            var link = Assert.Single(heading.QuerySelectorAll("a.anchor-link[data-copy-link]"));
            Assert.Equal("#" + target.Id, link.GetAttribute("href"));
            // Screen readers hear which heading the link copies, not a bare "#".
            Assert.Equal($"Link to “{heading.HeadingText()}”", link.QuerySelector(".visually-hidden")?.Text());
        });
        Assert.NotNull(page.QuerySelector("script[src^='/js/copy-link.']"));
    }

    [Fact]
    public async Task Rewording_headings_steps_and_questions_keeps_every_id()
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide(Slug, FirstWording.Build());
        var client = site.CreateClient();
        var before = await client.GetPageAsync($"/roles/{Slug}");
        var reworded = new GuideBuilder("Support Specialist")
            .WithSection("Skills", "- Troubleshooting\n- Clear writing")
            .WithSteps(
                ("Associate Support Specialist {#junior}", "0-1 year", "Answers the common questions.", ["Learn the product"]),
                ("Support Specialist II {#specialist}", "1-3 years", "Solves the harder problems alone.", []))
            .WithFaqs(("Is a degree required? {#degree}", "Usually not."), ("Can I work remotely?", "Most teams allow it."));
        site.WriteGuide(Slug, Reword(reworded.Build(), RewordedHeadings));

        await site.IngestAsync();
        var after = await client.GetPageAsync($"/roles/{Slug}");

        Assert.Equal(Anchors(before), Anchors(after));
        // The wording did change, so the ids held on their own.
        Assert.Equal(RewordedHeadings.Select(h => h.To), GuideSections(after).Select(section => section.QuerySelector(":scope > h2")!.HeadingText()));
        Assert.Equal(["Associate Support Specialist", "Support Specialist II"], after.QuerySelectorAll("li.career-step > h3").Select(h => h.HeadingText()));
        Assert.Equal("Is a degree required?", after.QuerySelector(".faq#degree > h3")?.HeadingText());
    }

    private static async Task<IHtmlDocument> RenderAsync(string markdown)
    {
        await using var site = CareerGuideFactory.WithTestContent();
        site.WriteGuide(Slug, markdown);
        return await site.CreateClient().GetPageAsync($"/roles/{Slug}");
    }

    /// <summary>The ids of the guide's sections, career steps and FAQ questions, in page order, each list as one comparable line.</summary>
    private static (string Sections, string Steps, string Faqs) Anchors(IHtmlDocument page)
    {
        static string Ids(IEnumerable<IElement> elements) => string.Join(", ", elements.Select(e => e.Id));
        return (Ids(GuideSections(page)), Ids(page.QuerySelectorAll("li.career-step")), Ids(page.QuerySelectorAll(".faq")));
    }

    /// <summary>The sections written in the guide, without the ones the page adds (related roles, sources).</summary>
    private static IEnumerable<IElement> GuideSections(IHtmlDocument page) =>
        page.QuerySelectorAll(".role-body > section").Where(section => section.Id is not ("related-roles" or "leads-here" or "sources"));

    /// <summary>The editor's rewording of whole "## " heading lines; each one must be found exactly once.</summary>
    private static string Reword(string markdown, IEnumerable<(string From, string To)> headings)
    {
        var lines = markdown.Split('\n');
        foreach (var (from, to) in headings)
        {
            var index = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].TrimEnd('\r') == "## " + from);
            lines[index] = "## " + to;
        }

        return string.Join('\n', lines);
    }
}
