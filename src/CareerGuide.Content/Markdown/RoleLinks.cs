using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace CareerGuide.Content.Markdown;

/// <summary>
/// Finds links from one guide to another. Editors may write them the way GitHub understands
/// (<c>support-specialist.md</c>, <c>../roles/support-specialist.md#faq</c>) or as site URLs
/// (<c>/roles/support-specialist</c>); both are rewritten to the site URL before rendering.
/// </summary>
public static partial class RoleLinks
{
    [GeneratedRegex(@"^(?:/roles/(?<slug>[^/#?]+)/?|(?:\./|\.\./roles/)?(?<file>[^/#?:]+)\.md)(?<fragment>#.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleLinkPattern();

    public static IReadOnlyList<ProseRoleLink> Rewrite(MarkdownTree tree)
    {
        var links = new List<ProseRoleLink>();
        foreach (var link in tree.Inlines.OfType<LinkInline>().Where(l => !l.IsImage && l.Url is not null))
        {
            var match = RoleLinkPattern().Match(link.Url!);
            if (!match.Success)
            {
                continue;
            }

            var slug = match.Groups["slug"].Success ? match.Groups["slug"].Value : match.Groups["file"].Value;
            link.Url = $"/roles/{slug}{match.Groups["fragment"].Value}";
            links.Add(new ProseRoleLink(slug, link.Line + 1, link.Column + 1));
        }

        return links;
    }
}
