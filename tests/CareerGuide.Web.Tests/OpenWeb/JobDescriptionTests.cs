using System.Net;
using AngleSharp.Html.Dom;
using CareerGuide.Content;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>/roles/{slug}/job-description: a template recruiters adapt, on the page and as Markdown and plain-text downloads.</summary>
public sealed class JobDescriptionTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Slug = SampleSiteFixture.SupportSpecialist;
    private const string Path = $"/roles/{Slug}/job-description";

    private static readonly RoleGuide Guide = SampleSiteFixture.Guide(Slug);

    /// <summary>"$37,000 to $98,000 a year (typical US range; source: …)": the range with its source, as every version states it.</summary>
    private static readonly string Pay =
        $"{SiteText.Dollars(Guide.Facts.SalaryRange!.Low)} to {SiteText.Dollars(Guide.Facts.SalaryRange.High)} a year (typical US range; source: {SampleSiteFixture.Citation(Guide, Guide.Facts.SalaryRange.SourceId)})";

    private static readonly string[] Responsibilities = ["Answer questions by chat, email and phone.", "Write knowledge base articles."];

    [Fact]
    public async Task Page_shows_the_summary_duties_requirements_skills_and_pay_with_its_source()
    {
        var page = await site.Factory.CreateClient().GetPageAsync(Path);

        Assert.Equal($"{Guide.Title}: job description template", page.QuerySelector("h1")?.Text());
        var sections = Sections(page);
        Assert.Equal(["About the role", "What you will do", "What we are looking for", "Skills", "Pay"], sections.Keys);
        Assert.Equal([Guide.Summary], sections["About the role"]);
        Assert.Equal(Responsibilities, sections["What you will do"]);
        Assert.Equal([$"Education: {Guide.Facts.Education}", $"Experience: {Guide.Facts.Experience}"], sections["What we are looking for"]);
        Assert.Equal(Guide.Skills, sections["Skills"]);
        Assert.Equal([Pay], sections["Pay"]);
    }

    [Fact]
    public async Task Markdown_download_is_an_attachment_with_the_same_template()
    {
        var client = site.Factory.CreateClient();
        var link = await DownloadLinkAsync(client, "Download Markdown");

        using var response = await client.ExpectAsync(link, HttpStatusCode.OK, "text/markdown");
        var outline = MarkdownOutline.Parse(await response.Content.ReadAsStringAsync());

        AssertAttachment(response, $"{Slug}-job-description.md");
        Assert.Equal(Guide.Title, outline.Title);
        Assert.Equal([Guide.Summary], outline.Sections["About the role"]);
        Assert.Equal(Responsibilities, outline.Sections["What you will do"]);
        Assert.Equal(Guide.Skills, outline.Sections["Skills"]);
        Assert.Equal(Pay, outline.Sections["Pay"][0]);
        // Its closing line names the guide it came from, so the figures can be checked later.
        Assert.EndsWith(" " + client.Absolute($"/roles/{Slug}"), outline.Sections["Pay"][^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_download_is_an_attachment_with_the_same_items_as_the_markdown()
    {
        var client = site.Factory.CreateClient();

        using var text = await client.ExpectAsync(await DownloadLinkAsync(client, "Download plain text"), HttpStatusCode.OK, "text/plain");
        using var markdown = await client.ExpectAsync(await DownloadLinkAsync(client, "Download Markdown"), HttpStatusCode.OK, "text/markdown");
        var lines = (await text.Content.ReadAsStringAsync()).Split('\n');
        var outline = MarkdownOutline.Parse(await markdown.Content.ReadAsStringAsync());

        AssertAttachment(text, $"{Slug}-job-description.txt");
        Assert.Equal("utf-8", text.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Guide.Title.ToUpperInvariant(), lines[0]);
        Assert.Contains(Guide.Summary, lines);
        Assert.Contains(Pay, lines);
        Assert.Equal(outline.Sections.Keys, lines.Where(outline.Sections.ContainsKey));
        Assert.Equal(outline.Items, lines.Where(line => line.StartsWith("* ", StringComparison.Ordinal)).Select(line => line[2..]));
    }

    [Fact]
    public async Task Unknown_format_is_a_bad_request_and_a_draft_has_no_job_description()
    {
        var client = site.Factory.CreateClient();

        using var badFormat = await client.GetAsync(new Uri(Path + "?format=pdf", UriKind.Relative));
        using var draft = await client.GetAsync(new Uri($"/roles/{SampleSiteFixture.Draft}/job-description", UriKind.Relative));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (badFormat.StatusCode, draft.StatusCode));
    }

    [Fact]
    public async Task Role_page_links_to_its_job_description()
    {
        var page = await site.Factory.CreateClient().GetPageAsync($"/roles/{Slug}");

        Assert.NotNull(page.QuerySelector($".role-header a[href='{Path}']"));
    }

    /// <summary>The page's download link with this label, resolved against the page's address as a browser would.</summary>
    private static async Task<string> DownloadLinkAsync(HttpClient client, string label)
    {
        var page = await client.GetPageAsync(Path);
        var link = Assert.Single(page.QuerySelectorAll("a[download]"), a => a.Text() == label);
        return new Uri(new Uri(client.Absolute(Path)), link.GetAttribute("href")).ToString();
    }

    private static void AssertAttachment(HttpResponseMessage response, string fileName)
    {
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal(fileName, disposition?.FileName?.Trim('"'));
    }

    /// <summary>The template's h2 sections, each with its paragraphs or list items, in page order.</summary>
    private static Dictionary<string, string[]> Sections(IHtmlDocument page)
    {
        var sections = new Dictionary<string, string[]>();
        foreach (var heading in page.QuerySelectorAll("article.job-description > h2"))
        {
            var content = heading.NextElementSibling!;
            sections[heading.Text()] = content.LocalName == "ul" ? [.. content.QuerySelectorAll("li").Select(li => li.Text())] : [content.Text()];
        }

        return sections;
    }
}
