using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>Inserts the parts of many roles, one prepared command per table, inside ingestion's transaction.</summary>
public sealed class RolePartsWriter : IAsyncDisposable
{
    private readonly TableInserter<RoleSection> _sections;
    private readonly TableInserter<RoleSalaryLevel> _salaryLevels;
    private readonly TableInserter<RoleCareerStep> _careerSteps;
    private readonly TableInserter<RoleFaq> _faqs;
    private readonly TableInserter<RoleSource> _sources;
    private readonly TableInserter<RoleAlias> _aliases;
    private readonly TableInserter<RelatedRole> _relatedRoles;

    private RolePartsWriter(
        TableInserter<RoleSection> sections,
        TableInserter<RoleSalaryLevel> salaryLevels,
        TableInserter<RoleCareerStep> careerSteps,
        TableInserter<RoleFaq> faqs,
        TableInserter<RoleSource> sources,
        TableInserter<RoleAlias> aliases,
        TableInserter<RelatedRole> relatedRoles)
    {
        (_sections, _salaryLevels, _careerSteps, _faqs, _sources, _aliases, _relatedRoles) = (sections, salaryLevels, careerSteps, faqs, sources, aliases, relatedRoles);
    }

    public static async Task<RolePartsWriter> CreateAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => new(
        await TableInserter.CreateAsync<RoleSection>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleSalaryLevel>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleCareerStep>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleFaq>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleSource>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleAlias>(db, cancellationToken),
        await TableInserter.CreateAsync<RelatedRole>(db, cancellationToken));

    public async Task InsertAsync(RoleParts parts, CancellationToken cancellationToken)
    {
        await _sections.InsertAsync(parts.Sections, cancellationToken);
        await _salaryLevels.InsertAsync(parts.SalaryLevels, cancellationToken);
        await _careerSteps.InsertAsync(parts.CareerSteps, cancellationToken);
        await _faqs.InsertAsync(parts.Faqs, cancellationToken);
        await _sources.InsertAsync(parts.Sources, cancellationToken);
        await _aliases.InsertAsync(parts.Aliases, cancellationToken);
        await _relatedRoles.InsertAsync(parts.RelatedRoles, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var inserter in new IAsyncDisposable[] { _sections, _salaryLevels, _careerSteps, _faqs, _sources, _aliases, _relatedRoles })
        {
            await inserter.DisposeAsync();
        }
    }
}
