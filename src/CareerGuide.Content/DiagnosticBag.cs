namespace CareerGuide.Content;

/// <summary>Collects the problems found in one file, so that every one of them is reported, not only the first.</summary>
public sealed class DiagnosticBag(string path)
{
    private readonly List<Diagnostic> _items = [];

    public string Path { get; } = path;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Error(int line, int column, string message) =>
        _items.Add(new Diagnostic(Path, line, column, Severity.Error, message));

    public void Warning(int line, int column, string message) =>
        _items.Add(new Diagnostic(Path, line, column, Severity.Warning, message));
}
