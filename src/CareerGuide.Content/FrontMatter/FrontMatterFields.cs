using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CareerGuide.Content.FrontMatter;

/// <summary>
/// Typed, position-aware reads of one YAML mapping. Every read records the key as known, so that
/// whatever is left afterwards can be reported as an unknown field.
/// </summary>
public sealed class FrontMatterFields
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _lineOffset;
    private readonly string _prefix;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePosition> _positions;

    public FrontMatterFields(YamlMappingNode node, DiagnosticBag diagnostics, int lineOffset, string prefix = "", Dictionary<string, SourcePosition>? positions = null)
    {
        _node = node;
        _diagnostics = diagnostics;
        _lineOffset = lineOffset;
        _prefix = prefix;
        _positions = positions ?? new(StringComparer.Ordinal);
    }

    /// <summary>Where each field that was read stands in the file, by its full dotted name.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions => _positions;

    public string? Text(string key, bool required = false)
    {
        var node = Find(key, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value.Trim();
            case YamlScalarNode when required:
                ErrorAt(node, $"'{Name(key)}' is required and must not be empty");
                return null;
            case YamlScalarNode:
                return null;
            default:
                ErrorAt(node, $"'{Name(key)}' must be text, not a {KindOf(node)}");
                return null;
        }
    }

    /// <summary>Reads a value that a <paramref name="parse"/> function turns into something typed; reports <paramref name="expected"/> when it can't.</summary>
    public T? Parsed<T>(string key, TryParse<T> parse, string expected, bool required = false)
        where T : struct =>
        TryRead(key, parse, expected, required, out var value) ? value : null;

    /// <summary>Reads a text that must have a given form, which <paramref name="check"/> also normalises; reports <paramref name="expected"/> when it hasn't.</summary>
    public string? Checked(string key, TryParse<string> check, string expected) =>
        TryRead(key, check, expected, required: false, out var value) ? value : null;

    public delegate bool TryParse<T>(string text, out T value);

    public DateOnly? Date(string key, bool required = false) =>
        Parsed<DateOnly>(key, TryParseIsoDate, "a date (write it as YYYY-MM-DD)", required);

    public bool Flag(string key) =>
        Parsed<bool>(key, bool.TryParse, "true or false") ?? false;

    /// <summary>A list of texts; a single text is taken as a list of one, as editors often write it.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var node = Find(key, required: false);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        items.Add(value.Trim());
                    }
                    else
                    {
                        ErrorAt(item, $"each item of '{Name(key)}' must be text");
                    }
                }

                return items;
            default:
                ErrorAt(node, $"'{Name(key)}' must be a list, not a {KindOf(node)}");
                return [];
        }
    }

    /// <summary>A nested mapping such as <c>facts:</c> or <c>median_salary:</c>.</summary>
    public FrontMatterFields? Group(string key, bool required = false)
    {
        var node = Find(key, required);
        if (node is YamlMappingNode mapping)
        {
            return new FrontMatterFields(mapping, _diagnostics, _lineOffset, Name(key) + ".", _positions);
        }

        if (node is not null)
        {
            ErrorAt(node, $"'{Name(key)}' must be a group of fields, not a {KindOf(node)}");
        }

        return null;
    }

    /// <summary>A key fact written either as one group of fields or as a list of them (one per source); none when absent.</summary>
    public IReadOnlyList<FrontMatterFields> GroupOrList(string key)
    {
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode)
        {
            return GroupList(key);
        }

        return Group(key) is { } group ? [group] : [];
    }

    /// <summary>Whether <paramref name="key"/> holds a group of fields rather than text or a list.</summary>
    public bool HoldsGroup(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode;

    /// <summary>Whether <paramref name="key"/> holds a list.</summary>
    public bool HoldsList(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode;

    /// <summary>Where this group of fields starts.</summary>
    public SourcePosition At => new(LineOf(_node), (int)_node.Start.Column);

    /// <summary>Where <paramref name="key"/>'s value stands, or the group's start when it has none.</summary>
    public SourcePosition PositionOf(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var node) ? new SourcePosition(LineOf(node), (int)node.Start.Column) : At;

    /// <summary>The dotted name of this group, without the trailing dot: <c>facts.growth[2]</c>.</summary>
    public string Path => _prefix.TrimEnd('.');

    /// <summary>A list of mappings such as <c>sources:</c>.</summary>
    public IReadOnlyList<FrontMatterFields> GroupList(string key)
    {
        var node = Find(key, required: false);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            ErrorAt(node, $"'{Name(key)}' must be a list, not a {KindOf(node)}");
            return [];
        }

        var groups = new List<FrontMatterFields>();
        var index = 0;
        foreach (var item in sequence)
        {
            index++;
            if (item is YamlMappingNode mapping)
            {
                groups.Add(new FrontMatterFields(mapping, _diagnostics, _lineOffset, $"{Name(key)}[{index}].", _positions));
            }
            else
            {
                ErrorAt(item, $"item {index} of '{Name(key)}' must be a group of fields");
            }
        }

        return groups;
    }

    /// <summary>Reports every key that no read asked for, with the closest known key as a suggestion.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (_known.Contains(name))
            {
                continue;
            }

            var suggestion = Suggestions.Closest(name, _known);
            var hint = suggestion is null ? "" : $"; did you mean '{_prefix}{suggestion}'?";
            _diagnostics.Warning(LineOf(key), (int)key.Start.Column, $"unknown field '{_prefix}{name}' is ignored{hint}");
        }
    }

    public void ErrorAt(string key, string message)
    {
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            ErrorAt(node, message);
        }
        else
        {
            ErrorAt(_node, message);
        }
    }

    public string Name(string key) => _prefix + key;

    private bool TryRead<T>(string key, TryParse<T> parse, string expected, bool required, out T value)
    {
        value = default!;
        var text = Text(key, required);
        if (text is null)
        {
            return false;
        }

        if (parse(text, out value))
        {
            return true;
        }

        ErrorAt(_node.Children[new YamlScalarNode(key)], $"'{Name(key)}' is not {expected}: \"{text}\"");
        return false;
    }

    private YamlNode? Find(string key, bool required)
    {
        _known.Add(key);
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node))
        {
            _positions[Name(key)] = new SourcePosition(LineOf(node), (int)node.Start.Column);
            return node;
        }

        if (required)
        {
            _diagnostics.Error(LineOf(_node), (int)_node.Start.Column, $"'{Name(key)}' is required");
        }

        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain };

    private void ErrorAt(YamlNode node, string message) =>
        _diagnostics.Error(LineOf(node), (int)node.Start.Column, message);

    private int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset - 1;

    private static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of fields",
        _ => "text",
    };

    private static bool TryParseIsoDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
