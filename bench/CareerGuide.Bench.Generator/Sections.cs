namespace CareerGuide.Bench.Generator;

/// <summary>
/// The prose sections of a guide: a portrait of the job, then 3 to 6 of the recognised sections, in the usual order.
/// GuideBuilder always writes a one-line Overview first and cannot drop it, so the portrait gets a heading of its own.
/// </summary>
internal static class Sections
{
    public static List<(string Heading, string Body)> Compose(Prose prose, (string Slug, string Title)[] related)
    {
        List<(string Heading, Func<string> Body)> optional =
        [
            ("Responsibilities", () => Lead(prose) + Bullets(prose.Pick(Vocabulary.Tasks, prose.Between(5, 8)).Select(Capitalize))),
            ("Work environment", prose.Paragraphs),
            ("Tools", () => Lead(prose) + Bullets(prose.Pick(prose.Tools, prose.Between(3, 5)).Select(t => $"**{t}:** {prose.Sentence()}"))),
            ("Skills", () => Lead(prose) + "### Technical skills\n\n" + Bullets(prose.Pick(prose.Tools, 3))
                + "\n\n### Soft skills\n\n" + Bullets(prose.Pick(Vocabulary.SoftSkills, prose.Between(3, 5)))),
            ("Education", prose.Paragraphs),
            ("How to get there", () => Lead(prose) + string.Join('\n', prose.Pick(Vocabulary.Tasks, prose.Between(4, 6)).Select((task, i) => $"{i + 1}. **{Capitalize(task)}.** {prose.Sentence()}"))),
            ("Pros and cons", () => "### Pros\n\n" + Bullets(prose.Sentences(3)) + "\n\n### Cons\n\n" + Bullets(prose.Sentences(3))),
            ("Remote work {#remote-work}", () => prose.Paragraph(3, 5)),
            ("Market outlook", prose.Paragraphs),
        ];
        if (related.Length > 0)
        {
            // Links between guides, as editors write them: the ingestion checks that each one leads to a role.
            optional.Add(("Related careers", () => Lead(prose) + Bullets(related.Select(r => $"[{r.Title}]({r.Slug}.md): {prose.Sentence()}"))));
        }

        var chosen = prose.Pick([.. Enumerable.Range(0, optional.Count)], prose.Between(3, 6)).Order();
        return [("What the job is like", prose.Paragraphs()), .. chosen.Select(i => (optional[i].Heading, optional[i].Body()))];
    }

    private static string Lead(Prose prose) => prose.Paragraph(1, 2) + "\n\n";

    private static string Bullets(IEnumerable<string> items) => string.Join('\n', items.Select(item => "- " + item));

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
