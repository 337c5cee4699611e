using Markdig.Syntax;

namespace CareerGuide.Content.Body;

/// <summary>Makes sure no two headings of a guide share an anchor, since links to either would then be ambiguous.</summary>
public sealed class AnchorRegistry(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, int> _lineByAnchor = new(StringComparer.Ordinal);

    public void Claim(string anchor, HeadingBlock heading)
    {
        if (anchor.Length == 0)
        {
            diagnostics.Error(heading.Line + 1, heading.Column + 1, "the heading has no letters or digits to make an anchor from: add one with {#some-id}");
        }
        else if (!_lineByAnchor.TryAdd(anchor, heading.Line + 1))
        {
            diagnostics.Error(heading.Line + 1, heading.Column + 1, $"the anchor '#{anchor}' is already used by the heading on line {_lineByAnchor[anchor]}: reword one or pin another with {{#some-id}}");
        }
    }
}
