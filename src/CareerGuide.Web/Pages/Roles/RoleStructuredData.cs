using System.Text.Json;
using System.Text.Json.Nodes;
using CareerGuide.Content;
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
        var url = urls.Role(page.Slug);
        List<JsonObject> blocks = [Occupation(page, url), Breadcrumbs(page, urls)];
        var faqs = page.Document.Faqs;
        if (faqs.Count > 0)
        {
            blocks.Add(new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "FAQPage",
                ["mainEntity"] = new JsonArray([.. faqs.Select(faq => (JsonNode)new JsonObject
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

    private static JsonObject Occupation(RolePage role, string url)
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
        var facts = role.Document.Facts;
        var (median, range) = (facts.MedianSalary, facts.SalaryRange);
        if (median is not null || range is not null)
        {
            var salary = new JsonObject
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = "base",
                ["currency"] = (median?.Amount ?? range!.Low).Currency,
                ["duration"] = (median?.Per ?? PayPeriod.Year) switch { PayPeriod.Hour => "PT1H", PayPeriod.Month => "P1M", _ => "P1Y" },
            };
            if (median is not null)
            {
                salary["median"] = median.Amount.Amount;
            }

            // The published ranges are the 10th to 90th percentile spans the sources report.
            if (range is not null && (median is null || range.Low.Currency == median.Amount.Currency))
            {
                salary["percentile10"] = range.Low.Amount;
                salary["percentile90"] = range.High.Amount;
            }

            occupation["estimatedSalary"] = new JsonArray(salary);
        }

        // The taxonomy schema.org prefers for occupations: O*NET-SOC.
        AddText(occupation, "occupationalCategory", role.Document.Soc);
        AddText(occupation, "educationRequirements", facts.Education);
        AddText(occupation, "experienceRequirements", facts.Experience);
        AddText(occupation, "skills", role.Document.Skills.Count > 0 ? string.Join(", ", role.Document.Skills) : null);
        AddText(occupation, "responsibilities", role.Document.Section(SectionKind.Responsibilities)?.Text);
        var sources = role.Document.Sources.Where(s => s.Url is not null).Select(s => (JsonNode)JsonValue.Create(s.Url)!).ToArray();
        if (sources.Length > 0)
        {
            occupation["sameAs"] = new JsonArray(sources);
        }

        return occupation;
    }

    private static JsonObject Breadcrumbs(RolePage role, SiteUrls urls)
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
