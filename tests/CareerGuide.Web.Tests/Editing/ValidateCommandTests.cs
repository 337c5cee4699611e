using System.Text.RegularExpressions;
using CareerGuide.Testing;
using CareerGuide.Web.Commands;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Editing;

/// <summary>The validate verb prints every problem as path:line:column: severity: message, then a summary, and fails on errors.</summary>
public sealed partial class ValidateCommandTests
{
    [GeneratedRegex(@"^(?<path>[^:]+\.md):(?<line>\d+):(?<column>\d+): (?<severity>error|warning): (?<message>.+)$")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public async Task Every_problem_is_printed_in_compiler_form_and_errors_exit_with_1()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("sumary", "typo").Build());
        site.WriteGuide("broken-role", new GuideBuilder("Broken Role").Without("title").With("updated", "2099-01-01").Build());
        using var output = new StringWriter();

        var exitCode = await ValidateCommand.RunAsync(site.Services, site.ContentRoot, output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var diagnostics = lines[..^1].Select(line => DiagnosticLine().Match(line)).ToList();
        Assert.All(diagnostics, match => Assert.True(match.Success, $"not in path:line:column form: {match.Value}"));
        Assert.Contains(diagnostics, d => d.Groups["path"].Value.EndsWith("roles/broken-role.md", StringComparison.Ordinal)
            && d.Groups["severity"].Value == "error" && d.Groups["message"].Value == "'title' is required");
        Assert.Contains(diagnostics, d => d.Groups["path"].Value.EndsWith("roles/support-specialist.md", StringComparison.Ordinal)
            && d.Groups["severity"].Value == "warning" && d.Groups["message"].Value.Contains("did you mean 'summary'", StringComparison.Ordinal));
        Assert.StartsWith("Checked 2 guides: 1 error, 1 warning; 1 guide would not be published.", lines[^1], StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Clean_content_exits_with_0()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        site.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        using var output = new StringWriter();

        var exitCode = await ValidateCommand.RunAsync(site.Services, site.ContentRoot, output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal("Checked 1 guides: 0 errors, 0 warnings; 0 guides would not be published.", output.ToString().Trim());
    }

    [Fact]
    public async Task The_repository_content_is_valid()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);
        using var output = new StringWriter();

        var exitCode = await ValidateCommand.RunAsync(site.Services, RepositoryContent.Folder, output, CancellationToken.None);

        Assert.True(exitCode == 0, output.ToString());
    }

    [Fact]
    public async Task The_repository_content_warns_only_of_stale_data_and_its_pages_mark_each_stale_figure()
    {
        await using var site = CareerGuideFactory.WithRepositoryContent();
        using var output = new StringWriter();

        await ValidateCommand.RunAsync(site.Services, RepositoryContent.Folder, output, CancellationToken.None);

        var warnings = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[..^1].Select(line => DiagnosticLine().Match(line)).ToList();
        Assert.All(warnings, w => Assert.Matches(@"^source '[a-z0-9-]+' has data from \d{4}.*, more than 3 years old: the page marks .+ as data from \d{4}; look for newer figures$", w.Groups["message"].Value));
        foreach (var warning in warnings)
        {
            var slug = Path.GetFileNameWithoutExtension(warning.Groups["path"].Value);
            var year = Regex.Match(warning.Groups["message"].Value, @"as data from (\d{4})").Groups[1].Value;
            var page = await site.CreateClient().GetPageAsync($"/roles/{slug}");
            Assert.Contains($"data from {year}", page.QuerySelectorAll(".stale-data").Select(mark => mark.Text()));
        }
    }
}
