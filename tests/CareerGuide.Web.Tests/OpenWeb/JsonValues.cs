using System.Text.Json;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>Reading JSON properties as text, where an absent property and a null both read as null.</summary>
public static class JsonValues
{
    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    public static IEnumerable<string?> Strings(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(item => item.GetString());
}
