using CareerGuide.Web.Search;

namespace CareerGuide.Web.Tests.Pages.Search;

/// <summary>The passage under each search result: around the first matching word, with every match marked.</summary>
public sealed class SnippetTests
{
    private const char Start = Snippets.MarkStart;
    private const char End = Snippets.MarkEnd;

    [Fact]
    public void Words_match_as_prefixes_whatever_their_case_and_accents()
    {
        var snippet = Snippets.Build(["troublesh", "resume"], ["Fixes printers. Troubleshooting networks and reviewing each Résumé."]);

        Assert.Equal($"Fixes printers. {Start}Troubleshooting{End} networks and reviewing each {Start}Résumé{End}.", snippet);
    }

    [Fact]
    public void Words_too_short_to_be_prefixes_match_whole_words_only()
    {
        var snippet = Snippets.Build(["it"], ["Items, kits and IT."]);

        Assert.Equal($"Items, kits and {Start}IT{End}.", snippet);
    }

    [Fact]
    public void The_passage_comes_from_the_first_text_with_a_match_and_is_cut_around_it()
    {
        var body = string.Join(' ', Enumerable.Range(1, 40).Select(i => i == 20 ? "zendesk" : $"w{i}"));

        var snippet = Snippets.Build(["zendesk"], ["A summary without it.", body]);

        Assert.Equal($"…w15 w16 w17 w18 w19 {Start}zendesk{End} w21 w22 w23 w24 w25 w26 w27 w28 w29 w30…", snippet);
    }

    [Fact]
    public void Without_a_matching_word_the_first_text_opens_the_passage()
    {
        var snippet = Snippets.Build(["analyst"], ["", "Plans routes for deliveries.", "Other text."]);

        Assert.Equal("Plans routes for deliveries.", snippet);
    }
}
