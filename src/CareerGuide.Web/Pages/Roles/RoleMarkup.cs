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

    /// <summary>Where a key fact comes from, or nothing when the guide does not say.</summary>
    public static IHtmlContent FactSource(string? source) => source is null
        ? HtmlString.Empty
        : new HtmlContentBuilder(3).AppendHtml("<span class=\"fact-source\">Source: ").Append(source).AppendHtml("</span>");
}
