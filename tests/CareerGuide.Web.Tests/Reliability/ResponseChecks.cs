using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CareerGuide.Web.Pages;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.Reliability;

/// <summary>What a whole, consistent answer looks like; each check returns what is wrong, or null.</summary>
public static class ResponseChecks
{
    public static string? HtmlPage(HttpStatusCode status, string body) =>
        status != HttpStatusCode.OK ? Unexpected(status, body)
        : !body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) ? "the page ends before </html>"
        : null;

    public static string? Json(HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return Unexpected(status, body);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return null;
        }
        catch (JsonException e)
        {
            return $"incomplete JSON: {e.Message}";
        }
    }

    /// <summary>A standing role's page: its title of an edition no older than <paramref name="oldest"/>, and salary rows of that same edition.</summary>
    public static string? StandingRolePage(string body, int standing, int oldest)
    {
        var page = new HtmlParser().ParseDocument(body);
        var title = page.QuerySelector("h1")?.Text();
        var levels = page.QuerySelectorAll("table.salary-table tbody th[scope=row]").Select(th => th.Text());
        return Edition(title, standing, oldest) ?? OneEdition(title!, levels);
    }

    /// <summary>The same as <see cref="StandingRolePage"/>, for the role's API entry.</summary>
    public static string? StandingRoleJson(string body, int standing, int oldest)
    {
        using var document = JsonDocument.Parse(body);
        var title = document.RootElement.GetProperty("title").GetString();
        var levels = document.RootElement.GetProperty("salaryLevels").EnumerateArray().Select(level => level.GetProperty("level").GetString());
        return Edition(title, standing, oldest) ?? OneEdition(title!, levels);
    }

    /// <summary>
    /// The home page is whole: its categories count at least every standing role, and each lists as many roles as it
    /// counts, up to the home page's limit per category.
    /// </summary>
    public static string? HomePageIsWhole(string body)
    {
        var document = new HtmlParser().ParseDocument(body);
        var counts = document.QuerySelectorAll(".category-nav .count").Select(c => int.Parse(c.TextContent.Trim('(', ')'), CultureInfo.InvariantCulture)).ToList();
        var listed = document.QuerySelectorAll("section.category").Select(section => section.QuerySelectorAll(".role-card").Length).ToList();
        if (counts.Sum() < EditorialRounds.StandingGuides)
        {
            return $"the categories count {counts.Sum()} roles, fewer than the {EditorialRounds.StandingGuides} standing ones";
        }

        return counts.Select(count => Math.Min(count, IndexModel.RolesPerCategoryOnHome)).SequenceEqual(listed)
            ? null
            : $"categories counting {string.Join(", ", counts)} roles list {string.Join(", ", listed)}";
    }

    public static string? FullListPage(string body, int pageSize)
    {
        using var document = JsonDocument.Parse(body);
        var items = document.RootElement.GetProperty("items").GetArrayLength();
        return items == pageSize ? null : $"{items} items on a page of {pageSize}";
    }

    /// <summary>The status and the start of the body, which in Development names the exception behind a 500.</summary>
    public static string Unexpected(HttpStatusCode status, string body) => $"{(int)status} {body[..Math.Min(body.Length, 300)]}";

    private static string? Edition(string? title, int standing, int oldest)
    {
        var prefix = EditorialRounds.TitleBeforeEdition(standing);
        return title is not null && title.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(title[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var edition) && edition >= oldest
            ? null
            : $"shows '{title}', not edition {oldest} or newer";
    }

    /// <summary>Each edition names its salary levels after its title, so a page torn between two editions shows here.</summary>
    private static string? OneEdition(string title, IEnumerable<string?> levels)
    {
        string?[] expected = ["Junior " + title, title];
        var actual = levels.ToArray();
        return actual.SequenceEqual(expected) ? null : $"title '{title}' with salary levels '{string.Join("', '", actual)}'";
    }
}
