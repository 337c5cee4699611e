using CareerGuide.Content.FrontMatter;

namespace CareerGuide.Content.Tests;

public sealed class SuggestionsTests
{
    private static readonly string[] RootFields = ["slug", "title", "summary", "category", "updated", "draft", "aliases", "related", "facts", "sources"];
    private static readonly string[] FactFields = ["median_salary", "salary_range", "growth", "annual_openings", "education", "experience", "industries"];

    [Theory]
    [InlineData("sumary", "summary")]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("updatd", "updated")]
    [InlineData("alias", "aliases")]
    [InlineData("source", "sources")]
    [InlineData("catgory", "category")]
    public void Misspelt_field_suggests_the_closest_known_one(string word, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(word, RootFields));
    }

    [Theory]
    [InlineData("median_salry", "median_salary")]
    [InlineData("salaryrange", "salary_range")]
    [InlineData("annual_opening", "annual_openings")]
    public void Misspelt_nested_field_suggests_the_closest_one_of_its_group(string word, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(word, FactFields));
    }

    [Theory]
    [InlineData("author")]
    [InlineData("tags")]
    [InlineData("description")]
    public void Word_far_from_every_field_gets_no_suggestion(string word)
    {
        Assert.Null(Suggestions.Closest(word, RootFields));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("summary", "summary", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("sumary", "summary", 1)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_counts_the_single_character_edits(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
    }
}
