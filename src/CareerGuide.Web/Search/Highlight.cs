using System.Net;

namespace CareerGuide.Web.Search;

/// <summary>Turns a search snippet (<see cref="Snippets"/>) into HTML: the text is encoded first, then the match markers become &lt;mark&gt;.</summary>
public static class Highlight
{
    public static string Render(string snippet) =>
        WebUtility.HtmlEncode(snippet)
            .Replace(Snippets.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(Snippets.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);
}
