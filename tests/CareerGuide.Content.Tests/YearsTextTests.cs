using CareerGuide.Content.Values;

namespace CareerGuide.Content.Tests;

public sealed class YearsTextTests
{
    [Theory]
    [InlineData("0-1 year", 0, 1)]
    [InlineData("1-3 years", 1, 3)]
    [InlineData("3–5 years", 3, 5)]
    [InlineData("3—5 years", 3, 5)]
    [InlineData("3 - 5 years", 3, 5)]
    [InlineData("3 to 5 years", 3, 5)]
    [InlineData("5-5 years", 5, 5)]
    [InlineData("10-15 YEARS", 10, 15)]
    [InlineData("12+ years", 12, null)]
    [InlineData("1+ year", 1, null)]
    [InlineData("12+ years total experience, 5+ years in senior management", 12, null)]
    [InlineData("8-10 years in total, 3-5 in management", 8, 10)]
    public void Span_of_years_is_read_with_its_bounds(string text, int min, int? max)
    {
        Assert.True(YearsText.TryParse(text, out var years));

        Assert.Equal((min, max), (years.Min, years.Max));
    }

    [Fact]
    public void Text_keeps_the_editors_words_trimmed()
    {
        Assert.True(YearsText.TryParse("  12+ years total experience, 5+ years in senior management ", out var years));

        Assert.Equal("12+ years total experience, 5+ years in senior management", years.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a few years")]
    [InlineData("5-3 years")]
    [InlineData("3-5")]
    [InlineData("3 years")]
    [InlineData("0-1 yearly")]
    [InlineData("100-200 years")]
    [InlineData("about 3-5 years")]
    [InlineData("3-5 months")]
    public void Text_that_is_not_a_span_of_years_is_refused(string? text)
    {
        Assert.False(YearsText.TryParse(text, out _));
    }
}
