using System.Globalization;
using CareerGuide.Testing;

namespace CareerGuide.Bench.Generator;

/// <summary>
/// Composes guide number N of a set of <c>count</c>, valid and deterministic for a seed. Each guide draws from its own
/// random stream, so any guide can be built alone and can name another's title; only its related roles depend on the count.
/// </summary>
internal sealed class GuideGenerator(int count, int seed)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Every (qualifier, field, noun) once, in an order set by the seed: titles stay unique for the first 10,496 guides.
    private readonly (Category Category, string Field, string Title)[] _identities = ShuffledIdentities(seed);

    public static string SlugOf(int number) => $"role-{number:00000}";

    public string Build(int number)
    {
        var (category, field, title) = IdentityOf(number);
        var random = StreamFor(number);
        var prose = new Prose(random, title, field, category);
        var related = RelatedTo(number, random);

        var medians = Medians(random, category);
        var levels = medians.Select((_, i) => string.Format(Invariant, Vocabulary.Levels[i], title, field)).ToArray();
        var builder = new GuideBuilder(title)
            .With("summary", $"{title}s {prose.Task()} and {prose.Task()} for teams in {prose.Industry()}.")
            .With("category", category.Name)
            .With("updated", new DateOnly(2024, 1, 1).AddDays(random.Next(900)).ToString("yyyy-MM-dd", Invariant))
            .With("facts", Facts(random, category, medians))
            .With("sources", Sources(random, title));
        if (related.Length > 0)
        {
            builder.With("related", $"[{string.Join(", ", related.Select(SlugOf))}]");
        }

        if (random.Next(5) == 0)
        {
            // A renamed guide keeps its old URL; the number keeps every alias unique across the site.
            builder.With("aliases", $"[{Slugify(title)}-{number}]");
        }

        foreach (var (heading, body) in Sections.Compose(prose, related.Select(r => (SlugOf(r), IdentityOf(r).Title)).ToArray()))
        {
            builder.WithSection(heading, body);
        }

        builder.WithSalaryRows([.. medians.Select((median, i) => (levels[i], Money(median), Money(median * (1.02 + (random.NextDouble() * 0.06)))))]);
        builder.WithSteps([.. levels.Select((level, i) => (level, Vocabulary.Years[i], prose.Paragraph(2, 3), prose.Pick(Vocabulary.Focus, random.Next(2, 5))))]);
        builder.WithFaqs([.. prose.Pick(Vocabulary.Faqs, random.Next(6, 11)).Select(f => (prose.Fill(f.Question), prose.Fill(f.Lead) + " " + prose.Paragraph(1, 2)))]);
        return builder.Build();
    }

    /// <summary>The title and category of any guide in the set; past the last combination, titles repeat with a number.</summary>
    private (Category Category, string Field, string Title) IdentityOf(int number)
    {
        var (category, field, title) = _identities[(number - 1) % _identities.Length];
        var round = (number - 1) / _identities.Length;
        return (category, field, round == 0 ? title : $"{title} {round + 1}");
    }

    private static (Category, string, string)[] ShuffledIdentities(int seed)
    {
        var all = from qualifier in Vocabulary.Qualifiers
                  from category in Vocabulary.Categories
                  from field in category.Fields
                  from noun in category.Nouns
                  select (category, field, $"{qualifier} {field} {noun}".TrimStart());
        var identities = all.ToArray();
        new Random(seed).Shuffle(identities);
        return identities;
    }

    // Seeded System.Random gives the same sequence on every run and machine, which is all repeatable text needs.
    private Random StreamFor(int number) => new(unchecked((seed * 1_000_003) + number));

    private int[] RelatedTo(int number, Random random) =>
        count < 2 ? [] : [.. Enumerable.Range(0, random.Next(2, 5)).Select(_ => 1 + ((number - 1 + random.Next(1, count)) % count)).Distinct()];

    /// <summary>Median pay per level in thousands, strictly rising, for 5 to 7 levels.</summary>
    private static double[] Medians(Random random, Category category)
    {
        var medians = new double[random.Next(5, 8)];
        medians[0] = Math.Round((32 + random.Next(25)) * category.PayFactor);
        for (var i = 1; i < medians.Length; i++)
        {
            medians[i] = Math.Round(medians[i - 1] * (1.12 + (random.NextDouble() * 0.18)));
        }

        return medians;
    }

    private static string Facts(Random random, Category category, double[] medians)
    {
        var median = (medians[1] * 1000) + (random.Next(100) * 10);
        var growth = random.Next(-3, 15);
        var outlook = growth switch { < 0 => "Declining", < 3 => "Slower than average", < 6 => "As fast as average", < 10 => "Faster than average", _ => "Much faster than average" };
        var industries = category.Industries.OrderBy(_ => random.Next()).Take(random.Next(2, 4));
        return $"""

              median_salary:
                amount: ${median.ToString("N0", Invariant)}
                currency: USD
                per: year
                source: bls
              salary_range:
                low: {Money(medians[0] * 0.7)}
                high: {Money(medians[^1] * 1.1)}
                currency: USD
                source: bls
              growth:
                rate: {growth}%
                outlook: {outlook}
                period: 2023-2033
                source: bls
              annual_openings:
                count: {(random.Next(5, 900) * 100).ToString("N0", Invariant)}
                source: bls
              education:
                value: {Vocabulary.Educations[random.Next(Vocabulary.Educations.Length)]}
                source: profile
              experience:
                value: {Vocabulary.Years[random.Next(3)]}
                source: profile
              industries:
                value: [{string.Join(", ", industries)}]
                source: profile
            """.TrimEnd();
    }

    private static string Sources(Random random, string title)
    {
        var date = new DateOnly(2024, 1, 1).AddMonths(random.Next(30)).ToString("yyyy-MM", Invariant);
        return $"""

              - id: bls
                name: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook
                url: https://www.bls.gov/ooh/
                date: {date}
              - id: profile
                name: {title} career profile
                date: undated
            """.TrimEnd();
    }

    private static string Money(double thousands) => $"${Math.Round(thousands).ToString(Invariant)}k";

    private static string Slugify(string title) => title.ToLowerInvariant().Replace(' ', '-');
}
