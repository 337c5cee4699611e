namespace CareerGuide.Web.Tests.Security;

/// <summary>A Content-Security-Policy header read into its directives, so tests ask about one source list at a time.</summary>
public sealed class ContentSecurityPolicy
{
    private readonly Dictionary<string, string[]> _directives;

    private ContentSecurityPolicy(Dictionary<string, string[]> directives) => _directives = directives;

    public static ContentSecurityPolicy Parse(string header) => new(header
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts[1..], StringComparer.Ordinal));

    /// <summary>The response's policy, sent as exactly one header: browsers enforce every policy they get, so a second would also count.</summary>
    public static ContentSecurityPolicy Of(HttpResponseMessage response) =>
        Parse(Assert.Single(response.Headers.GetValues("Content-Security-Policy")));

    /// <summary>The sources a directive allows; a missing fetch directive falls back to default-src, as browsers do.</summary>
    public IReadOnlyList<string> Sources(string directive) =>
        _directives.TryGetValue(directive, out var sources) ? sources
        : directive.EndsWith("-src", StringComparison.Ordinal) && _directives.TryGetValue("default-src", out var fallback) ? fallback
        : [];
}
