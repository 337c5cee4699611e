using CareerGuide.Content.Values;

namespace CareerGuide.Content.Body;

/// <summary>Recognises the standard section headings, in the wordings editors use, and gives each its fixed anchor.</summary>
public static class SectionHeadings
{
    private static readonly (SectionKind Kind, string Anchor, string[] Exact, string[] Prefixes)[] Known =
    [
        (SectionKind.Overview, "overview", ["overview"], ["what is a", "what is an"]),
        (SectionKind.Responsibilities, "responsibilities", ["responsibilities", "key responsibilities", "duties", "duties and responsibilities"], ["what does a", "what does an"]),
        (SectionKind.WorkEnvironment, "work-environment", ["work environment", "work setting"], []),
        (SectionKind.Tools, "tools", ["tools", "tools and technologies", "tech stack"], []),
        (SectionKind.Skills, "skills", ["skills", "skills and qualifications"], []),
        (SectionKind.Education, "education", ["education", "education and training", "qualifications"], []),
        (SectionKind.HowToGetThere, "how-to-get-there", ["how to get there", "getting started"], ["how to become"]),
        (SectionKind.Salary, "salary", ["salary", "salary by level", "salary by experience level"], []),
        (SectionKind.CareerPath, "career-path", ["career path", "career ladder"], []),
        (SectionKind.ProsAndCons, "pros-and-cons", ["pros and cons"], []),
        (SectionKind.Faq, "faq", ["faq", "faqs", "frequently asked questions"], []),
    ];

    /// <summary>The kind and anchor for a heading; unknown headings are <see cref="SectionKind.Custom"/> with an anchor made from their text.</summary>
    public static (SectionKind Kind, string Anchor) Classify(string heading)
    {
        var words = Normalize(heading);
        foreach (var (kind, anchor, exact, prefixes) in Known)
        {
            if (exact.Contains(words) || prefixes.Any(prefix => words.StartsWith(prefix + " ", StringComparison.Ordinal)))
            {
                return (kind, anchor);
            }
        }

        return (SectionKind.Custom, Slug.FromText(heading));
    }

    private static string Normalize(string heading) =>
        string.Join(' ', heading.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal)
            .Split([' ', '?', '!', '.', ':', '-', '–', ','], StringSplitOptions.RemoveEmptyEntries));
}
