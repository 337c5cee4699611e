namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>What a response says about being shown in another site's frame: CSP's frame-ancestors and the older X-Frame-Options.</summary>
public sealed record FramingRules(string? FrameAncestors, string? XFrameOptions)
{
    public static FramingRules Of(HttpResponseMessage response)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var frameAncestors = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SingleOrDefault(directive => directive.StartsWith("frame-ancestors ", StringComparison.Ordinal));
        return new FramingRules(frameAncestors, response.Headers.TryGetValues("X-Frame-Options", out var values) ? string.Join(", ", values) : null);
    }
}
