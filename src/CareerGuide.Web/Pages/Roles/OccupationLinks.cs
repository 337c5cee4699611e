using CareerGuide.Content.Values;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>The official pages about an occupation code: O*NET OnLine's summary and the BLS wage profile.</summary>
public static class OccupationLinks
{
    public static string Onet(string code) => $"https://www.onetonline.org/link/summary/{OccupationCode.OnetSoc(code)}";

    /// <summary>The Occupational Employment and Wage Statistics profile, which BLS publishes per six-digit SOC code.</summary>
    public static string Bls(string code) => $"https://www.bls.gov/oes/current/oes{OccupationCode.Soc(code).Replace("-", "", StringComparison.Ordinal)}.htm";
}
