using CareerGuide.Content.Values;

namespace CareerGuide.Content.Tests;

public sealed class MoneyTextTests
{
    [Theory]
    [InlineData("52000", 52000, "USD")]
    [InlineData("52,000", 52000, "USD")]
    [InlineData("$52,000", 52000, "USD")]
    [InlineData("$52k", 52000, "USD")]
    [InlineData("52k", 52000, "USD")]
    [InlineData("52K", 52000, "USD")]
    [InlineData("$ 52k", 52000, "USD")]
    [InlineData("  $52k  ", 52000, "USD")]
    [InlineData("$1,234,567", 1234567, "USD")]
    [InlineData("$98k+", 98000, "USD")]
    [InlineData("$52.5k", 52500, "USD")]
    [InlineData("€48,500", 48500, "EUR")]
    [InlineData("£30k", 30000, "GBP")]
    [InlineData("₹600000", 600000, "INR")]
    public void Amount_in_an_editors_format_is_read_with_the_currency_of_its_symbol(string text, int amount, string currency)
    {
        Assert.True(MoneyText.TryParse(text, "USD", out var money));

        Assert.Equal(new Money(amount, currency), money);
    }

    [Theory]
    [InlineData("$52k USD", "USD")]
    [InlineData("52k usd", "USD")]
    [InlineData("48000 EUR", "EUR")]
    [InlineData("$52k+ CAD", "CAD")]
    [InlineData("$52k AUD", "AUD")]
    public void Currency_code_after_the_number_wins_over_symbol_and_default(string text, string currency)
    {
        Assert.True(MoneyText.TryParse(text, "GBP", out var money));

        Assert.Equal(currency, money.Currency);
    }

    [Fact]
    public void Amount_without_symbol_or_code_takes_the_default_currency()
    {
        Assert.True(MoneyText.TryParse("4,200", "EUR", out var money));

        Assert.Equal(new Money(4200m, "EUR"), money);
    }

    [Fact]
    public void Fractions_are_kept()
    {
        Assert.True(MoneyText.TryParse("$28.75", "USD", out var money));

        Assert.Equal(28.75m, money.Amount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("about fifty")]
    [InlineData("$")]
    [InlineData("k")]
    [InlineData("52,00")]
    [InlineData("52,0000")]
    [InlineData("-52000")]
    [InlineData("$52kk")]
    [InlineData("52 thousand")]
    [InlineData("$52k-$60k")]
    [InlineData("52000 dollars")]
    [InlineData("USD 52000")]
    [InlineData("52.000,00")]
    public void Text_that_is_not_an_amount_is_refused(string? text)
    {
        Assert.False(MoneyText.TryParse(text, "USD", out var money));

        Assert.Equal(new Money(0m, "USD"), money);
    }

    [Theory]
    [InlineData("123456789012345678901234567890")]
    [InlineData("$79228162514264337593543950335k")]
    public void Number_too_large_to_hold_is_refused_not_thrown(string text)
    {
        Assert.False(MoneyText.TryParse(text, "USD", out _));
    }
}
