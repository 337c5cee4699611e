using CareerGuide.Web.Data;

namespace CareerGuide.Web.Tests.Data;

/// <summary>A document stored by an earlier version is read by this one until the next ingestion rewrites it.</summary>
public sealed class StoredDocumentTests
{
    [Fact]
    public void Key_fact_lists_missing_from_an_older_document_read_as_empty_not_null()
    {
        const string Stored = """
            {"Facts":{"MedianSalary":{"Amount":{"Amount":61640,"Currency":"USD"},"Per":"Year","Source":"BLS"},"Education":"High school diploma"},
             "Sections":[],"SalaryLevels":[],"CareerSteps":[],"Faqs":[],"Sources":[],"Skills":[],"Tools":[]}
            """;

        var facts = ((RoleDocument)RoleJsonColumns.Document.ConvertFromProvider(Stored)!).Facts;

        Assert.Equal(61640m, facts.MedianSalary?.Amount.Amount);
        Assert.Empty(facts.Industries);
        Assert.Empty(facts.OtherEducation);
        Assert.Empty(facts.OtherExperience);
        Assert.Empty(facts.OtherMedianSalaries);
        Assert.Empty(facts.OtherSalaryRanges);
        Assert.Empty(facts.OtherGrowth);
        Assert.Empty(facts.OtherAnnualOpenings);
    }
}
