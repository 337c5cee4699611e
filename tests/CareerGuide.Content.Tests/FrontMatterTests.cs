using CareerGuide.Testing;

namespace CareerGuide.Content.Tests;

public sealed class FrontMatterTests
{
    [Fact]
    public void Front_matter_fields_become_the_guides_header()
    {
        var guide = Guides.Valid("""
            ---
            title: Support Specialist
            summary: Helps customers when a product gets in their way.
            category: Customer Support
            updated: 2026-11-20
            slug: it-support-specialist
            draft: true
            aliases: [helpdesk-agent, support-tech]
            related: [customer-support-specialist]
            ---

            ## Overview

            Text.
            """);

        Assert.Equal("Support Specialist", guide.Title);
        Assert.Equal("Helps customers when a product gets in their way.", guide.Summary);
        Assert.Equal("Customer Support", guide.Category);
        Assert.Equal(new DateOnly(2026, 11, 20), guide.Updated);
        Assert.Equal("it-support-specialist", guide.Slug);
        Assert.True(guide.Draft);
        Assert.Equal(["helpdesk-agent", "support-tech"], guide.Aliases);
        Assert.Equal(["customer-support-specialist"], guide.Related);
    }

    [Fact]
    public void Slug_defaults_to_the_file_name_and_optional_fields_to_empty()
    {
        var result = GuideParser.Parse("content/roles/data-analyst.md", Guides.FrontMatter + "## Overview\n\nText.\n");

        var guide = Assert.IsType<RoleGuide>(result.Guide);
        Assert.Equal("data-analyst", guide.Slug);
        Assert.False(guide.Draft);
        Assert.Empty(guide.Aliases);
        Assert.Empty(guide.Related);
        Assert.Empty(guide.Sources);
        Assert.Null(guide.Facts.MedianSalary);
    }

    [Fact]
    public void A_single_related_slug_written_as_text_is_a_list_of_one()
    {
        var guide = Guides.Valid(new GuideBuilder().With("related", "customer-support-specialist").Build());

        Assert.Equal(["customer-support-specialist"], guide.Related);
    }

    [Fact]
    public void File_without_front_matter_is_reported_on_its_first_line()
    {
        var error = Guides.SingleError("## Overview\n\nText.\n");

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("the file has no front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_without_a_closing_line_is_reported_on_line_1()
    {
        var result = Guides.Parse("---\ntitle: Support Specialist\nsummary: Helps.\n\n## Overview\n\nText.\n");

        Assert.Null(result.Guide);
        var first = result.Diagnostics[0];
        Assert.Equal((1, 1, Severity.Error), (first.Line, first.Column, first.Severity));
        Assert.Equal("the front matter is not closed: add a line '---' after the last field", first.Message);
    }

    [Theory]
    [InlineData("\n", "---")]
    [InlineData("\n", "...")]
    [InlineData("\r\n", "---")]
    public void Front_matter_is_found_with_either_line_ending_and_either_closing_line(string newline, string closing)
    {
        var text = "---\ntitle: Support Specialist\nsummary: Helps.\ncategory: Customer Support\nupdated: 2026-11-20\n" + closing + "\n\n## Overview\n\nText.\n";

        var guide = Guides.Valid(text.Replace("\n", newline, StringComparison.Ordinal));

        Assert.Equal("Support Specialist", guide.Title);
        Assert.Equal("overview", Assert.Single(guide.Sections).Anchor);
    }

    [Fact]
    public void File_starting_with_a_byte_order_mark_has_only_its_own_sections()
    {
        var guide = Guides.Valid("\uFEFF" + Guides.FrontMatter + "\n## Overview\n\nText.\n");

        Assert.Equal("Support Specialist", guide.Title);
        Assert.Equal("overview", Assert.Single(guide.Sections).Anchor);
    }

    [Fact]
    public void Bad_indentation_in_the_yaml_is_reported_at_its_line_in_the_file()
    {
        var error = Guides.SingleError("""
            ---
            title: Support Specialist
            summary: Helps.
            category: Customer Support
            updated: 2026-11-20
            facts:
              education: Some college
               experience: 0-2 years
            ---

            ## Overview

            Text.
            """);

        Assert.Equal((8, 14), (error.Line, error.Column));
        Assert.StartsWith("the front matter is not valid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_in_the_yaml_is_reported_where_the_quote_opens()
    {
        var error = Guides.SingleError("---\ntitle: Support Specialist\nsummary: \"Helps.\ncategory: Customer Support\nupdated: 2026-11-20\n---\n\n## Overview\n\nText.\n");

        Assert.Equal((3, 10), (error.Line, error.Column));
        Assert.StartsWith("the front matter is not valid YAML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_written_twice_is_invalid_yaml_at_the_second_one()
    {
        var error = Guides.SingleError("---\ntitle: Support Specialist\nsummary: Helps.\ntitle: Helpdesk Agent\ncategory: Customer Support\nupdated: 2026-11-20\n---\n\n## Overview\n\nText.\n");

        Assert.Equal(4, error.Line);
        Assert.Equal("the front matter is not valid YAML: Duplicate key title", error.Message);
    }

    [Fact]
    public void Front_matter_that_is_a_list_instead_of_fields_is_reported()
    {
        var error = Guides.SingleError("---\n- title\n- summary\n---\n\n## Overview\n\nText.\n");

        Assert.Equal((2, 1, "the front matter must be a list of 'field: value' lines"), Guides.Where(error));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("category")]
    [InlineData("updated")]
    public void Each_missing_required_field_is_reported_by_name(string field)
    {
        var error = Guides.SingleError(new GuideBuilder().Without(field).Build());

        Assert.Equal((2, 1, $"'{field}' is required"), Guides.Where(error));
    }

    [Fact]
    public void Every_missing_required_field_is_reported_not_only_the_first()
    {
        var result = Guides.Parse("---\nsummary: Helps.\n---\n\n## Overview\n\nText.\n");

        Assert.Equal(["'title' is required", "'category' is required", "'updated' is required"], result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Empty_quoted_title_is_reported_as_empty()
    {
        var error = Guides.SingleError(new GuideBuilder().With("title", "\"\"").Build());

        Assert.Equal((2, 8, "'title' is required and must not be empty"), Guides.Where(error));
    }

    [Theory]
    [InlineData("title", "[Support, Helpdesk]", "'title' must be text, not a list")]
    [InlineData("summary", "{short: Helps.}", "'summary' must be text, not a group of fields")]
    [InlineData("aliases", "{old: helpdesk}", "'aliases' must be a list, not a group of fields")]
    [InlineData("related", "{role: helpdesk}", "'related' must be a list, not a group of fields")]
    [InlineData("facts", "plenty of them", "'facts' must be a group of fields, not a text")]
    [InlineData("sources", "the BLS", "'sources' must be a list, not a text")]
    public void Value_of_the_wrong_kind_names_the_field_and_the_kind(string field, string yaml, string message)
    {
        var text = new GuideBuilder().With(field, yaml).Build();

        var error = Guides.SingleError(text);

        Assert.Equal((Guides.LineOf(text, field + ": "), field.Length + 3, message), Guides.Where(error));
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("20-11-2026")]
    [InlineData("November 2026")]
    [InlineData("2026-11")]
    public void Updated_that_is_not_an_iso_date_is_reported_with_its_text(string date)
    {
        var error = Guides.SingleError(new GuideBuilder().With("updated", date).Build());

        Assert.Equal((5, 10, $"'updated' is not a date (write it as YYYY-MM-DD): \"{date}\""), Guides.Where(error));
    }

    [Fact]
    public void Draft_that_is_not_true_or_false_is_reported()
    {
        var text = new GuideBuilder().With("draft", "yes").Build();

        var error = Guides.SingleError(text);

        Assert.Equal((Guides.LineOf(text, "draft:"), 8, "'draft' is not true or false: \"yes\""), Guides.Where(error));
    }

    [Theory]
    [InlineData("Support_Specialist")]
    [InlineData("support--specialist")]
    [InlineData("support-specialist-")]
    [InlineData("Support-Specialist")]
    [InlineData("support specialist")]
    public void Slug_that_is_not_lowercase_words_and_single_hyphens_is_reported(string slug)
    {
        var text = new GuideBuilder().With("slug", slug).Build();

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, "slug:"), 7, $"the slug '{slug}' is not valid: use lowercase letters, digits and single hyphens"),
            Guides.Where(error));
    }

    [Theory]
    [InlineData("aliases")]
    [InlineData("related")]
    public void Invalid_slug_in_a_slug_list_is_reported_by_its_value(string field)
    {
        var text = new GuideBuilder().With(field, "[help-desk, Old Name]").Build();

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, field + ":"), field.Length + 3, $"'{field}' holds 'Old Name', which is not a valid slug: use lowercase letters, digits and single hyphens"),
            Guides.Where(error));
    }

    [Fact]
    public void Unknown_field_is_a_warning_that_suggests_the_closest_known_one_and_still_publishes()
    {
        var text = new GuideBuilder().With("sumary", "Helps people.").Build();

        var result = Guides.Parse(text);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((Guides.LineOf(text, "sumary:"), 1, "unknown field 'sumary' is ignored; did you mean 'summary'?"), Guides.Where(warning));
        Assert.NotNull(result.Guide);
    }

    [Fact]
    public void Misspelt_required_field_is_both_missing_and_unknown()
    {
        var text = new GuideBuilder().Without("summary").With("sumary", "Helps people.").Build();

        var result = Guides.Parse(text);

        Assert.Null(result.Guide);
        Assert.Equal(
            [(Severity.Error, "'summary' is required"), (Severity.Warning, "unknown field 'sumary' is ignored; did you mean 'summary'?")],
            result.Diagnostics.Select(d => (d.Severity, d.Message)));
    }

    [Fact]
    public void Unknown_nested_field_is_named_by_its_full_path_with_a_suggestion()
    {
        var text = new GuideBuilder().With("facts", "\n  median_salry:\n    amount: $59,660").Build();

        var warning = Assert.Single(Guides.Parse(text).Diagnostics);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(
            (Guides.LineOf(text, "median_salry:"), 3, "unknown field 'facts.median_salry' is ignored; did you mean 'facts.median_salary'?"),
            Guides.Where(warning));
    }

    [Fact]
    public void Unknown_field_unlike_any_known_one_gets_no_suggestion()
    {
        var warning = Assert.Single(Guides.Parse(new GuideBuilder().With("author", "Jane Doe").Build()).Diagnostics);

        Assert.Equal("unknown field 'author' is ignored", warning.Message);
    }
}
