using CareerGuide.Testing;

namespace CareerGuide.Content.Tests;

public sealed class SalaryTableTests
{
    private static string SalarySection(params string[] rows) =>
        "## Salary by experience level\n\n| Level | US median | US average |\n| --- | --- | --- |\n" + string.Join("\n", rows) + "\n\n" + Guides.SourceLine + "\n";

    [Fact]
    public void Each_row_becomes_a_level_in_order_with_median_and_average()
    {
        var guide = Guides.Valid(new GuideBuilder()
            .WithSalaryRows(("Junior Support Specialist", "$52k", "$55k"), ("Support Specialist", "$65k", "$68k"), ("Support Team Lead", "$90k", "$95k"))
            .Build());

        Assert.Equal(
            [new SalaryLevel("Junior Support Specialist", new Money(52000m, "USD"), new Money(55000m, "USD")),
             new SalaryLevel("Support Specialist", new Money(65000m, "USD"), new Money(68000m, "USD")),
             new SalaryLevel("Support Team Lead", new Money(90000m, "USD"), new Money(95000m, "USD"))],
            guide.SalaryLevels);
    }

    [Theory]
    [InlineData("$52k", 52000, "USD")]
    [InlineData("$52,000", 52000, "USD")]
    [InlineData("52000", 52000, "USD")]
    [InlineData("52k", 52000, "USD")]
    [InlineData("$52k USD", 52000, "USD")]
    [InlineData("$52.5k", 52500, "USD")]
    [InlineData("$150k+", 150000, "USD")]
    [InlineData("€48k", 48000, "EUR")]
    [InlineData("£40,000", 40000, "GBP")]
    [InlineData("48000 EUR", 48000, "EUR")]
    public void Median_cell_accepts_every_money_format(string cell, int amount, string currency)
    {
        var level = Assert.Single(Guides.ValidBody(SalarySection($"| Support Specialist | {cell} | |")).SalaryLevels);

        Assert.Equal(new Money(amount, currency), level.Median);
    }

    [Fact]
    public void Empty_average_cell_leaves_the_average_out()
    {
        var level = Assert.Single(Guides.ValidBody(SalarySection("| Support Specialist | $65k | |")).SalaryLevels);

        Assert.Null(level.Average);
    }

    [Fact]
    public void Table_without_an_average_column_is_valid()
    {
        var guide = Guides.ValidBody("## Salary\n\n| Level | Median |\n| --- | --- |\n| Support Specialist | $65k |\n\nSource: survey\n");

        Assert.Equal([new SalaryLevel("Support Specialist", new Money(65000m, "USD"), null)], guide.SalaryLevels);
    }

    [Fact]
    public void Columns_are_found_by_their_names_in_any_order()
    {
        var guide = Guides.ValidBody("## Salary\n\n| Average pay | Experience level | Median pay |\n| --- | --- | --- |\n| $70k | Support Specialist | $65k |\n\nSource: survey\n");

        Assert.Equal([new SalaryLevel("Support Specialist", new Money(65000m, "USD"), new Money(70000m, "USD"))], guide.SalaryLevels);
    }

    [Theory]
    [InlineData("Salary")]
    [InlineData("Salary by level")]
    [InlineData("Salary by experience level")]
    public void Salary_heading_in_any_wording_holds_the_table(string heading)
    {
        var guide = Guides.ValidBody($"## {heading}\n\n| Level | Median |\n| --- | --- |\n| Support Specialist | $65k |\n\nSource: survey\n");

        var section = Assert.Single(guide.Sections);
        Assert.Equal(("salary", SectionKind.Salary), (section.Anchor, section.Kind));
        Assert.Equal("Support Specialist", Assert.Single(guide.SalaryLevels).Level);
    }

    [Fact]
    public void Prose_before_the_table_is_the_sections_html_and_the_table_is_not()
    {
        var section = Assert.Single(Guides.ValidBody("""
            ## Salary

            These are *US* figures.

            | Level | Median |
            | --- | --- |
            | Support Specialist | $65k |

            Read each number against its source.

            Source: survey
            """).Sections);

        Assert.Equal("<p>These are <em>US</em> figures.</p>", section.Html);
        Assert.Equal("<p>Read each number against its source.</p>", section.TrailingHtml);
        Assert.DoesNotContain("<table", section.Html + section.TrailingHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Salary_section_without_a_table_is_reported_at_its_heading()
    {
        var error = Guides.SingleBodyError("## Overview\n\nText.\n\n## Salary\n\nAbout $50k.\n");

        Assert.Equal(
            (11, 1, "the salary section has no table: add one with the columns Level, US median and US average"),
            Guides.Where(error));
    }

    [Theory]
    [InlineData("| Role | Median |", "Level")]
    [InlineData("| Level | Pay |", "Median")]
    public void Table_without_a_level_or_median_column_is_reported_at_the_table(string header, string column)
    {
        var error = Guides.SingleBodyError($"## Salary\n\nFigures:\n\n{header}\n| --- | --- |\n| Support Specialist | $65k |\n");

        Assert.Equal(
            (11, 1, $"the salary table has no '{column}' column: name the columns in the header row"),
            Guides.Where(error));
    }

    [Fact]
    public void Table_with_no_rows_is_reported()
    {
        var error = Guides.SingleBodyError("## Salary\n\n| Level | Median |\n| --- | --- |\n");

        Assert.Equal((9, 1, "the salary table has no rows: add one row per level"), Guides.Where(error));
    }

    [Fact]
    public void Salary_row_without_a_level_name_reports_its_number_and_line()
    {
        var error = Guides.SingleBodyError(SalarySection("| Junior | $52k | $55k |", "|  | $65k | $68k |"));

        Assert.Equal((12, "salary row 2: the level has no name"), (error.Line, error.Message));
    }

    [Fact]
    public void Salary_row_with_text_in_median_reports_its_line()
    {
        var error = Guides.SingleBodyError(SalarySection("| Junior | $52k | $55k |", "| Mid | competitive | $68k |"));

        Assert.Equal((12, 2, "salary row 2 ('Mid'): the median \"competitive\" is not an amount of money"), Guides.Where(error));
    }

    [Fact]
    public void Salary_row_with_text_in_average_reports_its_line()
    {
        var error = Guides.SingleBodyError(SalarySection("| Junior | $52k | about 55 |"));

        Assert.Equal((11, 2, "salary row 1 ('Junior'): the average \"about 55\" is not an amount of money"), Guides.Where(error));
    }

    [Fact]
    public void Every_bad_row_is_reported_and_the_good_ones_are_not()
    {
        var result = Guides.ParseBody(SalarySection("| Junior | lots | $55k |", "| Mid | $65k | $68k |", "| Senior | $80k | plenty |", "| Lead | n/a | |"));

        Assert.Equal(
            [(11, "salary row 1 ('Junior'): the median \"lots\" is not an amount of money"),
             (13, "salary row 3 ('Senior'): the average \"plenty\" is not an amount of money"),
             (14, "salary row 4 ('Lead'): the median \"n/a\" is not an amount of money")],
            result.Diagnostics.Select(d => (d.Line, d.Message)));
        Assert.Null(result.Guide);
    }
}
