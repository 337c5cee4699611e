using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace CareerGuide.Content.Tests.Fuzz;

/// <summary>Thousands of broken guides through parsing and validation: each ends in a guide or in located errors, never a crash or a hang.</summary>
public sealed class GuideFuzzTests
{
    private const int Mutants = 3_000;

    // Only a guard against hangs: a parse that has not finished in this long never will.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Mutated_guides_end_in_a_guide_or_located_errors()
    {
        var mutator = new GuideMutator(seed: 20261123);
        var seed = GuideMutator.Seed();
        var failures = new List<string>();
        var (published, rejected) = (0, 0);
        for (var i = 0; i < Mutants; i++)
        {
            var text = mutator.Mutate(seed);
            var check = new ContentCheck(new DateOnly(2026, 11, 23));
            var path = $"roles/mutant-{i}.md";
            var run = Task.Run(() => check.Add(path, text));
            if (await Task.WhenAny(run, Task.Delay(HangLimit)) != run)
            {
                failures.Add($"mutant {i} did not finish within {HangLimit}");
                break;
            }

            var result = await run;
            if (result.Diagnostics.Any(d => d.Message.Contains("please report", StringComparison.Ordinal)))
            {
                failures.Add($"mutant {i} crashed the parser: {result.Diagnostics[0]}");
            }
            else if (result.Succeeded)
            {
                published++;
                if (TextXmlCannotHold(result.Guide!) is { } unwritable)
                {
                    failures.Add($"mutant {i} was published with text that XML cannot hold: {unwritable}");
                }
            }
            else if (result.Diagnostics.Any(d => d.Severity == Severity.Error && d.Line >= 1 && d.Column >= 1 && d.Message.Length > 0))
            {
                rejected++;
            }
            else
            {
                failures.Add($"mutant {i} was rejected without a located error");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Equal(Mutants, published + rejected);
        Assert.InRange(rejected, Mutants / 3, Mutants);
    }

    /// <summary>The first string anywhere in the guide that an XML writer (the feed, the sitemap) would refuse, or null.</summary>
    private static string? TextXmlCannotHold(RoleGuide guide) =>
        Strings(JsonSerializer.SerializeToNode(guide)).FirstOrDefault(text =>
            text.Any(c => (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
