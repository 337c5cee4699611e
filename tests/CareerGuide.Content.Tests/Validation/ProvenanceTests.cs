using CareerGuide.Content.FrontMatter;
using CareerGuide.Testing;

namespace CareerGuide.Content.Tests.Validation;

public sealed class ProvenanceTests
{
    private const string Path = "roles/support-specialist.md";
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static string Indented(string yaml) => "\n" + string.Join("\n", yaml.Split('\n').Select(line => "  " + line));

    private static IReadOnlyList<Diagnostic> Check(string text, int staleAfterYears = Provenance.DefaultStaleAfterYears) =>
        new ContentCheck(Today, staleAfterYears: staleAfterYears).Add(Path, text).Diagnostics;

    private static (int Line, int Column, Severity Severity, string Message) At(Diagnostic d) => (d.Line, d.Column, d.Severity, d.Message);

    [Fact]
    public void Figure_without_a_source_is_an_error_at_its_group()
    {
        var text = new GuideBuilder().With("facts", Indented("growth:\n  rate: 5%")).Build();

        var error = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "rate: 5%"), 5, Severity.Error, "'facts.growth' names no source: add 'source: <id>' with the id of one of the 'sources:'"),
            At(error));
    }

    [Fact]
    public void Figure_citing_an_unknown_id_is_an_error_at_the_id_with_the_nearest_one()
    {
        var text = new GuideBuilder().With("facts", Indented("annual_openings:\n  count: 69,300\n  source: blss")).Build();

        var error = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "source: blss"), 13, Severity.Error, "'facts.annual_openings' cites the source 'blss', which is not in 'sources:'; did you mean 'bls'?"),
            At(error));
    }

    [Fact]
    public void Experience_as_plain_text_names_no_source_and_says_how_to_give_one()
    {
        var text = new GuideBuilder().With("facts", Indented("experience: 1-3 years")).Build();

        var error = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "experience:"), 15, Severity.Error, "'facts.experience' names no source: write it as 'experience: {value: ..., source: <id>}' with the id of one of the 'sources:', or remove it"),
            At(error));
    }

    [Fact]
    public void Salary_table_without_a_source_line_is_an_error_at_the_table()
    {
        var text = new GuideBuilder { SalarySource = null }.Build();

        var error = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "| Level |"), 1, Severity.Error, "the salary table names no source: add a line 'Source: <id>' under the table, with the id of one of the 'sources:'"),
            At(error));
    }

    [Fact]
    public void Career_step_without_a_source_is_an_error_at_its_experience_line_and_its_own_line_wins_over_the_paths()
    {
        var builder = new GuideBuilder { CareerPathSource = null }.With("sources", Indented("- id: bls\n  name: BLS\n  date: 2024-05\n- id: survey\n  name: Pay survey\n  date: 2025"));
        var text = builder.WithSteps(
            ("Junior Support Specialist", "0-1 year\n\nSource: survey", "Learns.", []),
            ("Support Specialist", "1-3 years", "Solves.", [])).Build();

        var result = new ContentCheck(Today).Add(Path, text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            (Guides.LineOf(text, "Experience: 1-3 years"), 1, Severity.Error, "career step 'Support Specialist' names no source: add a line 'Source: <id>' under its 'Experience:' line, or one under the '## Career path' heading for every step"),
            At(error));

        var guide = GuideParser.Parse(Path, builder.WithSteps(("Junior Support Specialist", "0-1 year\n\nSource: survey", "Learns.", []), ("Support Specialist", "1-3 years", "Solves.", [])).Build().Replace("## Career path\n", "## Career path\n\nSource: bls\n", StringComparison.Ordinal)).Guide!;
        Assert.Equal(["survey", "bls"], guide.CareerSteps.Select(s => s.SourceId));
    }

    [Fact]
    public void Cited_source_without_a_date_is_a_warning_unless_it_says_undated()
    {
        var undated = new GuideBuilder().With("sources", Indented("- id: bls\n  name: BLS")).Build();
        var saysSo = new GuideBuilder().With("sources", Indented("- id: bls\n  name: BLS\n  date: undated")).Build();

        var warning = Assert.Single(Check(undated));

        Assert.Equal(
            (Guides.LineOf(undated, "name: BLS"), 11, Severity.Warning, "source 'bls' has no date: add 'date:' with the date of its data (YYYY, YYYY-MM or YYYY-MM-DD), or 'date: undated' when the source gives none"),
            At(warning));
        Assert.Empty(Check(saysSo));
    }

    [Fact]
    public void Data_older_than_the_limit_is_a_warning_at_its_date_naming_the_figures_and_the_year()
    {
        var text = new GuideBuilder().With("sources", Indented("- id: bls\n  name: BLS\n  date: 2019-05")).Build();

        var warning = Assert.Single(Check(text));

        Assert.Equal((Guides.LineOf(text, "date: 2019-05"), 11, Severity.Warning), (warning.Line, warning.Column, warning.Severity));
        Assert.StartsWith("source 'bls' has data from 2019-05, more than 3 years old: the page marks facts.median_salary, facts.salary_range,", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("as data from 2019; look for newer figures", warning.Message, StringComparison.Ordinal);
        Assert.Empty(Check(text, staleAfterYears: 10));
    }

    [Theory]
    [InlineData("2023", "2026-12-31", false)]
    [InlineData("2023", "2027-01-01", true)]
    [InlineData("2023-05", "2026-05-31", false)]
    [InlineData("2023-05", "2026-06-01", true)]
    [InlineData("2023-05-14", "2026-05-15", true)]
    [InlineData("undated", "2099-01-01", false)]
    public void Data_turns_stale_once_even_its_last_day_is_older_than_the_limit(string date, string today, bool stale)
    {
        Assert.Equal(stale, SourceDate.IsStale(date, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 3));
    }

    [Fact]
    public void Source_that_no_figure_cites_is_a_warning_at_its_name()
    {
        var text = new GuideBuilder().With("sources", Indented("- id: bls\n  name: BLS\n  date: 2024-05\n- name: Himalayas guide\n  date: undated")).Build();

        var warning = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "name: Himalayas guide"), 11, Severity.Warning, "source 2 ('Himalayas guide') is cited by no figure: give it an 'id:' and cite it with 'source: <id>' (or a 'Source: <id>' line), or remove it"),
            At(warning));
    }

    [Fact]
    public void Two_sources_with_one_id_are_an_error_at_the_second()
    {
        var text = new GuideBuilder().With("sources", Indented("- id: bls\n  name: BLS\n  date: 2024-05\n- id: bls\n  name: BLS again\n  date: 2024")).Build();

        var error = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "name: BLS again") - 1, 9, Severity.Error, "the source id 'bls' is already used by source 1: give each source its own id"),
            At(error));
    }

    [Fact]
    public void Salary_levels_that_are_not_the_career_steps_are_a_warning_at_the_table()
    {
        var text = new GuideBuilder()
            .WithSalaryRows(("Junior Support Specialist", "$52k", "$55k"), ("Support Lead", "$80k", "$85k"))
            .Build();

        var warning = Assert.Single(Check(text));

        Assert.Equal(
            (Guides.LineOf(text, "| Level |"), 1, Severity.Warning, "the salary table's levels do not match the career path ('Support Lead' has no career step; career step 'Support Specialist' has no salary row): name each level the same in both"),
            At(warning));
    }

    [Fact]
    public void A_fact_from_several_sources_keeps_every_value_primary_first_and_a_quoted_source_names_both()
    {
        var text = new GuideBuilder()
            .With("facts", Indented("growth:\n  - rate: -5%\n    period: 2024-2034\n    source: bls\n  - rate: 5%\n    source: himalayas\nsalary_range:\n  low: $37k\n  high: $98k+\n  source: himalayas"))
            .With("sources", Indented("- id: bls\n  quotes: U.S. Bureau of Labor Statistics\n  name: Contact Center Pipeline\n  date: 2024\n- id: himalayas\n  name: Himalayas\n  date: undated"))
            .Build();

        var guide = GuideParser.Parse(Path, text).Guide!;

        Assert.Equal(new GrowthOutlook(-5m, null, "2024-2034", "bls"), guide.Facts.Growth);
        Assert.Equal([new GrowthOutlook(5m, null, null, "himalayas")], guide.Facts.OtherGrowth);
        Assert.Equal((98000m, true), (guide.Facts.SalaryRange!.High.Amount, guide.Facts.SalaryRange.OpenTop));
        Assert.Equal(new SourceRef("Contact Center Pipeline", null, "2024") { Id = "bls", Quotes = "U.S. Bureau of Labor Statistics" }, guide.Sources[0]);
    }

    [Fact]
    public void Two_guides_of_one_occupation_giving_different_figures_from_one_source_are_warned_on_both()
    {
        static string Guide(string title, string median) => new GuideBuilder(title)
            .With("soc", "43-4051")
            .With("facts", Indented($"median_salary:\n  amount: {median}\n  source: bls"))
            .Build();
        var (first, second) = (Guide("Support Specialist", "$42,830"), Guide("Help Desk Agent", "$41,000"));
        var check = new ContentCheck(Today);
        check.Add("roles/a.md", first);
        check.Add("roles/b.md", second);

        var warnings = check.CheckAcrossFiles();

        var (a, b) = (Guides.LineOf(first, "source: bls"), Guides.LineOf(second, "source: bls"));
        Assert.Equal(
            [("roles/a.md", a, 13, $"'facts.median_salary' is 42830 USD per Year here, but roles/b.md:{b}:13 gives 41000 USD per Year from the same source (U.S. Bureau of Labor Statistics, 2024-05) for the same occupation (43-4051): check both against the source"),
             ("roles/b.md", b, 13, $"'facts.median_salary' is 41000 USD per Year here, but roles/a.md:{a}:13 gives 42830 USD per Year from the same source (U.S. Bureau of Labor Statistics, 2024-05) for the same occupation (43-4051): check both against the source")],
            warnings.Select(w => (w.Path, w.Line, w.Column, w.Message)));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
    }

    [Fact]
    public void Guides_of_one_occupation_agreeing_on_a_figure_have_no_warning()
    {
        var text = new GuideBuilder().With("soc", "43-4051").Build();
        var check = new ContentCheck(Today);
        check.Add("roles/a.md", text);
        check.Add("roles/b.md", text.Replace("title: Support Specialist", "title: Other", StringComparison.Ordinal));

        Assert.DoesNotContain(check.CheckAcrossFiles(), d => d.Message.Contains("same source", StringComparison.Ordinal));
    }
}
