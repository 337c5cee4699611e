using System.Data.Common;
using CareerGuide.Content;
using CareerGuide.Web.Data;
using CareerGuide.Web.Data.Sqlite;
using CareerGuide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Tests.Ingestion;

/// <summary>Ingestion's prepared inserts store each value exactly as EF Core's SaveChanges does: same storage class, same text.</summary>
public sealed class TableInserterTests
{
    private static readonly DateTimeOffset Moment = new(2026, 11, 23, 14, 5, 6, 789, TimeSpan.FromHours(1));

    [SqliteOnlyFact]
    public async Task A_role_with_its_facts_lists_and_dates_is_stored_as_SaveChanges_stores_it()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        var (saved, inserted) = await site.QueryAsync(db => BothWaysAsync(db, "Roles", "Id", slug => new Role
        {
            Slug = slug,
            Title = "Support Specialist",
            Summary = "Helps people — with “quotes” and ünïcödé.",
            Category = "Customer Support",
            Updated = new DateOnly(2026, 11, 20),
            IsDraft = true,
            SourcePath = $"roles/{slug}.md",
            ContentHash = "abc123",
            IngestedAt = Moment,
            Facts = new RoleFacts { MedianAmount = 59_660.5m, MedianCurrency = "USD", MedianPer = PayPeriod.Hour, GrowthPercent = -2.5m, EducationLevel = 2 },
            Document = new RoleDocument
            {
                Facts = new KeyFacts { AnnualOpenings = new AnnualOpenings(69_300, "BLS"), Industries = ["Software", "Telecommunications"] },
                Sections = [new GuideSection("overview", "Overview", SectionKind.Overview, "<p>Helps — “ü”.</p>") { Text = "Helps — “ü”." }],
                SalaryLevels = [new SalaryLevel("Entry", new Money(48_000.5m, "USD"), null)],
                CareerSteps = [new CareerStep("entry", "Entry", new YearsSpan(0, 2, "0–2 years"), "<p>Learns.</p>", ["Triage"])],
                Faqs = [new Faq("pay", "Pay?", "<p>Fair.</p>") { AnswerText = "Fair." }],
                Sources = [new SourceRef("BLS", "https://www.bls.gov/ooh/", "2024-05")],
                Skills = ["Troubleshooting"],
                Tools = [],
            },
            Links = new RoleLinks([new LinkedRole("help-desk", "Help Desk")], new Dictionary<string, string> { ["Entry"] = "entry" }, []),
            RelatedSlugs = ["help-desk"],
            StepTitles = ["Entry"],
        }));

        Assert.Equal(saved, inserted);
    }

    [SqliteOnlyFact]
    public async Task A_guide_status_with_its_diagnostics_and_time_is_stored_as_SaveChanges_stores_it()
    {
        await using var site = CareerGuideFactory.WithTestContent(ingestOnStart: false);

        var (saved, inserted) = await site.QueryAsync(db => BothWaysAsync(db, "GuideStatuses", "Path", path => new GuideStatus
        {
            Path = path,
            State = GuideStates.Rejected,
            Diagnostics = ["roles/a.md:3:1: error: title is required"],
            CheckedAt = Moment,
        }));

        Assert.Equal(saved, inserted);
    }

    /// <summary>Stores one entity through SaveChanges and one through a <see cref="TableInserter{TEntity}"/>; returns both stored rows without <paramref name="key"/>.</summary>
    private static async Task<(List<object> Saved, List<object> Inserted)> BothWaysAsync<T>(CareerGuideDbContext db, string table, string key, Func<string, T> create)
        where T : class
    {
        db.Add(create("saved"));
        await db.SaveChangesAsync();
        using (var inserter = await TableInserter.CreateAsync<T>(db, CancellationToken.None))
        {
            inserter.Insert(create("inserted"));
        }

        var rows = await StoredRowsAsync(db.Database.GetDbConnection(), table, key);
        Assert.Equal(2, rows.Count);
        return (rows[0], rows[1]);
    }

    /// <summary>Every column of every row but <paramref name="key"/> and the columns naming the row, as SQLite hands them back: typed by storage class.</summary>
    private static async Task<List<List<object>>> StoredRowsAsync(DbConnection connection, string table, string key)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<List<object>>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount)
                .Where(i => reader.GetName(i) is var name && name != key && name != "Slug" && name != "SourcePath")
                .Select(reader.GetValue)]);
        }

        return rows;
    }
}
