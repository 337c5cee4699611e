namespace CareerGuide.Content;

/// <summary>How serious a problem in a guide is: errors keep the guide from being published.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem in a guide, located the way compilers locate theirs.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    /// <summary>The <c>path:line:column: error: message</c> form that editors' tools and CI annotations understand.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
