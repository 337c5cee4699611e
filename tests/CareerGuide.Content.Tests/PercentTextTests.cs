using CareerGuide.Content.Values;

namespace CareerGuide.Content.Tests;

public sealed class PercentTextTests
{
    [Theory]
    [InlineData("5%", 5.0)]
    [InlineData("-2%", -2.0)]
    [InlineData("+3.5%", 3.5)]
    [InlineData("0%", 0.0)]
    [InlineData("5 %", 5.0)]
    [InlineData(" 12.25% ", 12.25)]
    [InlineData("150%", 150.0)]
    public void Percentage_is_read_as_a_signed_number(string text, double expected)
    {
        Assert.True(PercentText.TryParse(text, out var percent));

        Assert.Equal((decimal)expected, percent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("five percent")]
    [InlineData("%5")]
    [InlineData("5.%")]
    [InlineData("1,5%")]
    [InlineData("5%%")]
    [InlineData("about 5%")]
    [InlineData("5-7%")]
    public void Text_that_is_not_a_percentage_is_refused(string? text)
    {
        Assert.False(PercentText.TryParse(text, out var percent));

        Assert.Equal(0m, percent);
    }
}
