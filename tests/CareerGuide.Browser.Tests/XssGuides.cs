using System.Text.Json;
using CareerGuide.Content;
using CareerGuide.Testing;

namespace CareerGuide.Browser.Tests;

/// <summary>
/// The corpus written as guide files. A payload the parser accepts gets rendered, so accepted payloads are packed
/// many to a guide and one page load checks dozens. A payload the parser refuses stops its whole guide, so each
/// refused payload gets a guide of its own, which must then never be served.
/// </summary>
public sealed class XssGuides
{
    /// <summary>A word in every packed guide, to find them all with one search.</summary>
    public const string SearchWord = "xsscorpus";

    // Fields a guide holds once: two payloads for the same field need two guides.
    private static readonly GuidePart[] SingleValued = [GuidePart.Title, GuidePart.Summary, GuidePart.Category, GuidePart.MedianSource, GuidePart.Education];

    private XssGuides(IReadOnlyDictionary<string, string> files, IReadOnlyList<string> rendered, IReadOnlyList<(string Slug, XssPayload Payload)> refused)
    {
        Files = files;
        Rendered = rendered;
        Refused = refused;
    }

    /// <summary>Slug to Markdown, for every guide: packed and refused.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The slugs of the packed guides, each holding many accepted payloads.</summary>
    public IReadOnlyList<string> Rendered { get; }

    public IReadOnlyList<(string Slug, XssPayload Payload)> Refused { get; }

    public static XssGuides Build(IReadOnlyList<XssPayload> payloads)
    {
        var refused = payloads.Where(payload => !Parses(Write("Refused", [payload]))).ToList();
        var accepted = payloads.Except(refused).ToList();
        var packCount = accepted.Where(p => SingleValued.Contains(p.Part)).GroupBy(p => p.Part).Select(g => g.Count()).DefaultIfEmpty(1).Max();

        // One running index over payloads grouped by part: no pack gets two of a single-valued part, and all get a share.
        var packs = accepted.OrderBy(p => p.Part).Select((payload, index) => (payload, pack: index % packCount))
            .GroupBy(x => x.pack, x => x.payload).OrderBy(g => g.Key).ToList();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var rendered = new List<string>();
        foreach (var pack in packs)
        {
            var slug = $"xss-pack-{pack.Key + 1}";
            files[slug] = Write($"Corpus Guide {pack.Key + 1}", [.. pack]);
            if (!Parses(files[slug]))
            {
                throw new InvalidOperationException($"{slug} holds only accepted payloads, yet the parser refuses it: {string.Join("; ", GuideParser.Parse($"roles/{slug}.md", files[slug]).Diagnostics)}");
            }

            rendered.Add(slug);
        }

        var refusedGuides = refused.Select((payload, index) => ($"xss-refused-{index + 1}", payload)).ToList();
        foreach (var (slug, payload) in refusedGuides)
        {
            files[slug] = Write("Refused", [payload]);
        }

        return new XssGuides(files, rendered, refusedGuides);
    }

    private static bool Parses(string markdown) => GuideParser.Parse("roles/xss.md", markdown).Guide is not null;

    private static string Write(string title, IReadOnlyList<XssPayload> payloads)
    {
        var guide = new GuideBuilder(title).WithSection("Corpus", $"{SearchWord} marks every guide of the XSS corpus.");
        var parts = new GuideParts();
        // Headings are numbered: two payloads with the same words would otherwise clash as anchors, and the
        // parser would refuse the guide for that instead of for the payload.
        foreach (var (payload, n) in payloads.Select((payload, index) => (payload, index + 1)))
        {
            var text = payload.Text;
            switch (payload.Part)
            {
                case GuidePart.Body: guide.WithSection($"Notes {n}", text); break;
                case GuidePart.Heading: guide.WithSection($"{text} {n}", "Corpus text."); break;
                case GuidePart.Responsibility: parts.Responsibilities.Add(text); break;
                case GuidePart.Skill: parts.Skills.Add(text); break;
                case GuidePart.SalaryLevel: parts.SalaryRows.Add((text, "$70k", "$72k")); break;
                case GuidePart.CareerStep: parts.Steps.Add(($"{text} {n}", "3-5 years", "Leads the team.", [])); break;
                case GuidePart.Duties: parts.Steps.Add(($"Lead {n}", "3-5 years", text, [])); break;
                case GuidePart.FaqQuestion: parts.Faqs.Add(($"{text} {n}", "Yes.")); break;
                case GuidePart.FaqAnswer: parts.Faqs.Add(($"Question {n}?", text)); break;
                case GuidePart.Title: guide.With("title", Yaml(text)); break;
                case GuidePart.Summary: guide.With("summary", Yaml(text)); break;
                case GuidePart.Category: guide.With("category", Yaml(text)); break;
                case GuidePart.MedianSource: parts.MedianSource = text; break;
                case GuidePart.Education: parts.Education = text; break;
                case GuidePart.Industry: parts.Industries.Add(text); break;
                case GuidePart.SourceName: parts.Sources.Add((text, "https://www.bls.gov/ooh/")); break;
                case GuidePart.SourceUrl: parts.Sources.Add(($"Source {n}", text)); break;
            }
        }

        return parts.AddTo(guide).Build();
    }

    /// <summary>A JSON string is a YAML double-quoted scalar: any payload, quotes, tabs and all, arrives intact.</summary>
    private static string Yaml(string text) => JsonSerializer.Serialize(text);

    /// <summary>The payloads bound for lists and groups that GuideBuilder sets as a whole.</summary>
    private sealed class GuideParts
    {
        public List<string> Responsibilities { get; } = [];

        public List<string> Skills { get; } = [];

        public List<(string Level, string Median, string Average)> SalaryRows { get; } = [("Junior", "$52k", "$55k")];

        public List<(string Title, string Years, string Duties, string[] Focus)> Steps { get; } = [("Junior", "0-1 year", "Answers questions.", [])];

        public List<(string Question, string Answer)> Faqs { get; } = [("Do I need a degree?", "Usually not.")];

        public List<string> Industries { get; } = ["Software"];

        public List<(string Name, string Url)> Sources { get; } = [];

        public string MedianSource { get; set; } = "U.S. Bureau of Labor Statistics";

        public string Education { get; set; } = "Some college";

        public GuideBuilder AddTo(GuideBuilder guide)
        {
            if (Responsibilities.Count > 0)
            {
                guide.WithSection("Responsibilities", string.Join('\n', Responsibilities.Select(item => $"- {item}")));
            }

            if (Skills.Count > 0)
            {
                guide.WithSection("Skills", string.Join('\n', Skills.Select(item => $"- {item}")));
            }

            // The figures cite the source "cited", whose name carries the median-source payload into every citation;
            // the builder's salary table and career path cite "bls".
            guide.WithSalaryRows([.. SalaryRows]).WithSteps([.. Steps]).WithFaqs([.. Faqs]).With("facts", $"""

                  median_salary:
                    amount: $59,660
                    source: cited
                  salary_range:
                    low: $37k
                    high: $98k
                    source: cited
                  education:
                    value: {Yaml(Education)}
                    source: cited
                  industries:
                    value: [{string.Join(", ", Industries.Select(Yaml))}]
                    source: cited
                """.TrimEnd());
            var sources = $"\n  - id: cited\n    name: {Yaml(MedianSource)}\n    date: 2024-05\n  - id: bls\n    name: U.S. Bureau of Labor Statistics\n    date: 2024-05";
            guide.With("sources", sources + string.Concat(Sources.Select(source => $"\n  - name: {Yaml(source.Name)}\n    url: {Yaml(source.Url)}\n    date: undated")));
            return guide;
        }
    }
}
