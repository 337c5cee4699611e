using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Markdown;

/// <summary>
/// Finds links whose scheme could run script (javascript:, data:, vbscript: ...) and links to another host that look
/// relative (//host). Markdig has already decoded entities in the URL; stripping whitespace and control characters
/// catches "java&#9;script:" and "/&#9;/host".
/// </summary>
public static partial class LinkSafety
{
    private static readonly HashSet<string> AllowedSchemes = ["http", "https", "mailto"];

    [GeneratedRegex(@"^(?<scheme>[a-z][a-z0-9+.\-]*):")]
    private static partial Regex SchemePattern();

    public static void Check(MarkdownTree tree, DiagnosticBag diagnostics)
    {
        foreach (var inline in tree.Inlines)
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                _ => null,
            };
            var problem = url is null ? null : Classify(url) switch
            {
                LinkKind.Unsafe => $"the link '{url}' uses a scheme that is not allowed: use http:, https:, mailto: or a relative link",
                LinkKind.HostWithoutScheme => $"the link '{url}' leads to another site without naming its scheme: write it with https://",
                _ => null,
            };
            if (problem is not null)
            {
                diagnostics.Error(inline.Line + 1, inline.Column + 1, problem);
            }
        }
    }

    public static bool IsSafe(string url) => Classify(url) is LinkKind.Relative or LinkKind.OffSite;

    public static LinkKind Classify(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        var match = SchemePattern().Match(compact);
        if (!match.Success)
        {
            // Browsers read a backslash as a slash in web addresses, so "/\host" leaves the site just as "//host" does.
            return compact.Replace('\\', '/').StartsWith("//", StringComparison.Ordinal) ? LinkKind.HostWithoutScheme : LinkKind.Relative;
        }

        return AllowedSchemes.Contains(match.Groups["scheme"].Value) ? LinkKind.OffSite : LinkKind.Unsafe;
    }
}
