using CareerGuide.Content.Values;

namespace CareerGuide.Content.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("support-specialist")]
    [InlineData("a")]
    [InlineData("level-2-support")]
    [InlineData("3d-artist")]
    public void Lowercase_words_and_digits_joined_by_single_hyphens_are_valid(string slug)
    {
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Support-Specialist")]
    [InlineData("support_specialist")]
    [InlineData("support specialist")]
    [InlineData("support--specialist")]
    [InlineData("-support")]
    [InlineData("support-")]
    [InlineData("café")]
    [InlineData("roles/support")]
    public void Anything_else_is_not_a_valid_slug(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Remote work", "remote-work")]
    [InlineData("  Hello,   World  ", "hello-world")]
    [InlineData("Café culture & more!", "cafe-culture-more")]
    [InlineData("Ünïcödé Çafé", "unicode-cafe")]
    [InlineData("C# / .NET developer", "c-net-developer")]
    [InlineData("Day in the life: 9–5?", "day-in-the-life-9-5")]
    [InlineData("Tier-2 support", "tier-2-support")]
    [InlineData("???", "")]
    public void Anchor_from_text_drops_accents_and_turns_the_rest_into_single_hyphens(string text, string anchor)
    {
        var slug = Slug.FromText(text);

        Assert.Equal(anchor, slug);
        Assert.True(slug.Length == 0 || Slug.IsValid(slug), slug);
    }

    [Fact]
    public void Long_anchor_is_cut_to_80_characters()
    {
        Assert.Equal(new string('a', 80), Slug.FromText(new string('a', 120)));
    }

    [Fact]
    public void Anchor_cut_at_a_hyphen_does_not_end_with_it()
    {
        var slug = Slug.FromText(new string('a', 79) + " and more words");

        Assert.Equal(new string('a', 79), slug);
    }
}
