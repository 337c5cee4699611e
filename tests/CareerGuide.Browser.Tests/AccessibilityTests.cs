using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CareerGuide.Browser.Tests;

public sealed class AccessibilityTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            data.Add("/", scheme);
            data.Add("/roles/support-specialist", scheme);
            data.Add("/search?q=support", scheme);
            data.Add("/compare?roles=support-specialist,customer-service-specialist", scheme);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_A_or_AA_violations(string path, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(path);
        await page.AssertStyledAsync();

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });

        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0, Describe(path, scheme, result.Violations));
    }

    private static string Describe(string path, ColorScheme scheme, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{violations.Length} axe violation(s) on {path} ({scheme}):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).Distinct();
                text.AppendLine().Append($"    {node.Target}  {node.Html}  {string.Join(" / ", checks)}");
            }
        }

        return text.ToString();
    }
}
