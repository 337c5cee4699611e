namespace CareerGuide.Content.Values;

/// <summary>Typical education as a level that can be filtered on, read from the editor's words.</summary>
public enum EducationLevel
{
    HighSchool = 1,
    Associate = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

public static class EducationLevels
{
    private static readonly (EducationLevel Level, string[] Words)[] Signals =
    [
        (EducationLevel.HighSchool, ["high school", "ged", "secondary"]),
        (EducationLevel.Associate, ["associate", "some college", "vocational", "certificate"]),
        (EducationLevel.Bachelor, ["bachelor", "undergraduate degree", "four-year degree"]),
        (EducationLevel.Master, ["master", "mba"]),
        (EducationLevel.Doctorate, ["doctora", "phd", "ph.d"]),
    ];

    /// <summary>The lowest level the text names as enough ("High school diploma; a bachelor's is preferred" is high school).</summary>
    public static EducationLevel? Classify(string? education)
    {
        var text = education?.ToLowerInvariant() ?? "";
        foreach (var (level, words) in Signals)
        {
            if (words.Any(word => text.Contains(word, StringComparison.Ordinal)))
            {
                return level;
            }
        }

        return null;
    }

    public static string Label(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "High school diploma",
        EducationLevel.Associate => "Some college or associate's degree",
        EducationLevel.Bachelor => "Bachelor's degree",
        EducationLevel.Master => "Master's degree",
        _ => "Doctorate",
    };
}
