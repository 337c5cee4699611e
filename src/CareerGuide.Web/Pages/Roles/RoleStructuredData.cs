using System.Text.Json;
using System.Text.Json.Nodes;
using CareerGuide.Web.Site;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>
/// The schema.org JSON-LD of a role page: an Occupation with its estimated salary (Google's estimated-salary
/// rich result), the FAQ as an FAQPage, and the breadcrumb trail. The serializer escapes '&lt;', so nothing
/// an editor writes can close the script element.
/// </summary>
public static class RoleStructuredData
{
    public static IReadOnlyList<string> Build(RolePage page, SiteUrls urls)
    {
        var role = page.Role;
        var url = urls.Role(role.Slug);
        List<JsonObject> blocks = [Occupation(role, url), Breadcrumbs(role, urls)];
        if (role.Faqs.Count > 0)
        {
            blocks.Add(new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "FAQPage",
                ["mainEntity"] = new JsonArray([.. role.Faqs.Select(faq => (JsonNode)new JsonObject
                {
                    ["@type"] = "Question",
                    ["name"] = faq.Question,
                    ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = faq.AnswerText },
                })]),
            });
        }

        return [.. blocks.Select(block => block.ToJsonString(JsonOptions))];
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private static JsonObject Occupation(RoleView role, string url)
    {
        var occupation = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = role.Title,
            ["description"] = role.Summary,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            // The guides' figures are national US figures.
            ["occupationLocation"] = new JsonArray(new JsonObject { ["@type"] = "Country", ["name"] = "US" }),
        };
        // Google requires estimatedSalary: a guide with only a range still has one, made of the range alone.
        var facts = role.Facts;
        if (facts.MedianAmount is not null || facts.RangeLow is not null && facts.RangeHigh is not null)
        {
            var salary = new JsonObject
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = "base",
                ["currency"] = (facts.MedianAmount is null ? facts.RangeCurrency : facts.MedianCurrency) ?? "USD",
                ["duration"] = facts.MedianPer switch { "hour" => "PT1H", "month" => "P1M", _ => "P1Y" },
            };
            if (facts.MedianAmount is { } median)
            {
                salary["median"] = median;
            }

            // The published ranges are the 10th to 90th percentile spans the sources report.
            if (facts.RangeLow is { } low && facts.RangeHigh is { } high && (facts.MedianAmount is null || facts.RangeCurrency == facts.MedianCurrency))
            {
                salary["percentile10"] = low;
                salary["percentile90"] = high;
            }

            occupation["estimatedSalary"] = new JsonArray(salary);
        }

        AddText(occupation, "educationRequirements", facts.Education);
        AddText(occupation, "experienceRequirements", facts.Experience);
        AddText(occupation, "skills", role.Skills.Count > 0 ? string.Join(", ", role.Skills) : null);
        AddText(occupation, "responsibilities", role.Sections.FirstOrDefault(s => s.Kind == "Responsibilities")?.Text);
        var sources = role.Sources.Where(s => s.Url is not null).Select(s => (JsonNode)JsonValue.Create(s.Url)!).ToArray();
        if (sources.Length > 0)
        {
            occupation["sameAs"] = new JsonArray(sources);
        }

        return occupation;
    }

    private static JsonObject Breadcrumbs(RoleView role, SiteUrls urls)
    {
        (string Name, string Url)[] trail = [("All roles", urls.Home()), (role.Title, urls.Role(role.Slug))];
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray([.. trail.Select((step, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = step.Name,
                ["item"] = step.Url,
            })]),
        };
    }

    private static void AddText(JsonObject target, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[property] = value;
        }
    }
}
