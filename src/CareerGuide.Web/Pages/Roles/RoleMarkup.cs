using CareerGuide.Content;
using CareerGuide.Web.Formatting;
using Microsoft.AspNetCore.Html;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>
/// The small pieces of markup a role page repeats dozens of times. Written as code rather than as partial views: a
/// profile of the uncached role page put a third of its time in the partial tag helper, most of it spent finding,
/// activating and buffering these one-line views once per heading.
/// </summary>
public static class RoleMarkup
{
    /// <summary>The "#" beside a heading: a link to its anchor, which copy-link.js also copies as a full URL.</summary>
    public static IHtmlContent AnchorLink(string anchor, string label) => new HtmlContentBuilder(7)
        .AppendHtml("<a class=\"anchor-link\" href=\"#").Append(anchor)
        .AppendHtml("\" data-copy-link><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to “")
        .Append(label)
        .AppendHtml("”</span></a>");

    /// <summary>
    /// Where a figure comes from and the date of its data ("Source: U.S. Bureau of Labor Statistics, May 2024"), with a
    /// visible "data from 2019" when <paramref name="freshness"/> finds it stale; nothing when it cites no source.
    /// </summary>
    public static IHtmlContent FactSource(SourceRef? source, Freshness freshness)
    {
        if (source is null)
        {
            return HtmlString.Empty;
        }

        var markup = new HtmlContentBuilder(6).AppendHtml("<span class=\"fact-source\">Source: ").Append(Display.Citation(source)).AppendHtml("</span>");
        if (freshness.StaleYear(source) is { } year)
        {
            markup.AppendHtml(" <span class=\"stale-data\">data from ").Append(year).AppendHtml("</span>");
        }

        return markup;
    }
}
