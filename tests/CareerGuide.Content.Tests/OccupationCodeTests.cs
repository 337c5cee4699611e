using CareerGuide.Content.Values;
using CareerGuide.Testing;

namespace CareerGuide.Content.Tests;

/// <summary>The <c>soc</c> field: a SOC code (NN-NNNN) or an O*NET-SOC code (NN-NNNN.NN), checked where it is written.</summary>
public sealed class OccupationCodeTests
{
    [Theory]
    [InlineData("15-1232")]
    [InlineData("15-1232.00")]
    [InlineData("43-4051.03")]
    public void A_soc_or_onet_soc_code_is_the_guides_occupation(string code)
    {
        var guide = Guides.Valid(new GuideBuilder().With("soc", code).Build());

        Assert.Equal(code, guide.Soc);
    }

    [Fact]
    public void A_guide_without_a_code_has_none()
    {
        Assert.Null(Guides.Valid(new GuideBuilder().Build()).Soc);
    }

    [Theory]
    [InlineData("151232")]
    [InlineData("15-123")]
    [InlineData("15-1232.0")]
    [InlineData("15-1232.000")]
    [InlineData("Computer User Support Specialists")]
    [InlineData("15–1232")]
    public void A_code_of_another_form_is_reported_with_its_line_column_and_text(string code)
    {
        var text = new GuideBuilder().With("soc", code).Build();

        var error = Guides.SingleError(text);

        Assert.Equal(
            (Guides.LineOf(text, "soc: "), 6, $"'soc' is not an occupation code (write it as NN-NNNN or NN-NNNN.NN, such as 15-1232.00): \"{code}\""),
            Guides.Where(error));
    }

    [Theory]
    [InlineData("15-1232", "15-1232.00", "15-1232")]
    [InlineData("15-1232.01", "15-1232.01", "15-1232")]
    public void A_code_reads_as_onet_and_soc_alike(string code, string onet, string soc)
    {
        Assert.Equal((onet, soc), (OccupationCode.OnetSoc(code), OccupationCode.Soc(code)));
    }
}
