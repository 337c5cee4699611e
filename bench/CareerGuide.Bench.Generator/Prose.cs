namespace CareerGuide.Bench.Generator;

/// <summary>Random but readable text about one role, drawn from <see cref="Vocabulary"/> with the guide's own stream.</summary>
internal sealed class Prose(Random random, string title, string field, Category category)
{
    public string Task() => Pick(Vocabulary.Tasks);

    public string Tool() => Pick(category.Tools);

    public string Industry() => Pick(category.Industries);

    public string Fill(string template) => template
        .Replace("{roles}", title + "s", StringComparison.Ordinal)
        .Replace("{role}", title, StringComparison.Ordinal)
        .Replace("{field}", field, StringComparison.Ordinal)
        .Replace("{tool}", Tool(), StringComparison.Ordinal)
        .Replace("{industry}", Industry(), StringComparison.Ordinal)
        .Replace("{task}", Task(), StringComparison.Ordinal);

    public string[] Tools => category.Tools;

    public string Sentence() => Fill(Pick(Vocabulary.Sentences));

    /// <summary><paramref name="count"/> different sentences, for lists that should not repeat themselves.</summary>
    public IEnumerable<string> Sentences(int count) => Pick(Vocabulary.Sentences, count).Select(Fill);

    /// <summary>One paragraph of <paramref name="min"/> to <paramref name="max"/> sentences.</summary>
    public string Paragraph(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Sentence()));

    /// <summary>Two or three paragraphs, the usual size of a section.</summary>
    public string Paragraphs() => string.Join("\n\n", Enumerable.Range(0, random.Next(2, 4)).Select(_ => Paragraph(2, 4)));

    public int Between(int min, int max) => random.Next(min, max + 1);

    public T Pick<T>(T[] items) => items[random.Next(items.Length)];

    /// <summary><paramref name="count"/> different items in random order (fewer if there are not that many).</summary>
    public T[] Pick<T>(T[] items, int count) => [.. items.OrderBy(_ => random.Next()).Take(count)];
}
