using CareerGuide.Content;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>Inserts roles with every row they own, the search row of a published one included: one prepared insert per table, inside ingestion's transaction.</summary>
public sealed class RoleRowsWriter : IDisposable
{
    private readonly TableInserter<Role> _roles;
    private readonly TableInserter<RoleSection> _sections;
    private readonly TableInserter<RoleSalaryLevel> _salaryLevels;
    private readonly TableInserter<RoleCareerStep> _careerSteps;
    private readonly TableInserter<RoleFaq> _faqs;
    private readonly TableInserter<RoleSource> _sources;
    private readonly TableInserter<RoleAlias> _aliases;
    private readonly TableInserter<RelatedRole> _relatedRoles;
    private readonly PreparedInsert _search;

    private RoleRowsWriter(
        TableInserter<Role> roles,
        TableInserter<RoleSection> sections,
        TableInserter<RoleSalaryLevel> salaryLevels,
        TableInserter<RoleCareerStep> careerSteps,
        TableInserter<RoleFaq> faqs,
        TableInserter<RoleSource> sources,
        TableInserter<RoleAlias> aliases,
        TableInserter<RelatedRole> relatedRoles,
        PreparedInsert search)
    {
        (_roles, _sections, _salaryLevels, _careerSteps, _faqs, _sources, _aliases, _relatedRoles, _search) =
            (roles, sections, salaryLevels, careerSteps, faqs, sources, aliases, relatedRoles, search);
    }

    public static async Task<RoleRowsWriter> CreateAsync(CareerGuideDbContext db, CancellationToken cancellationToken) => new(
        await TableInserter.CreateAsync<Role>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleSection>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleSalaryLevel>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleCareerStep>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleFaq>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleSource>(db, cancellationToken),
        await TableInserter.CreateAsync<RoleAlias>(db, cancellationToken),
        await TableInserter.CreateAsync<RelatedRole>(db, cancellationToken),
        await RoleSearchIndex.PrepareInsertAsync(db, cancellationToken));

    /// <summary>Inserts <paramref name="role"/>, which gets its id from the database, and the rows of <paramref name="guide"/> that it owns.</summary>
    public void Insert(Role role, RoleGuide guide)
    {
        role.Id = checked((int)_roles.Insert(role));
        var parts = RoleWriter.PartsOf(guide, role.Id);
        _sections.Insert(parts.Sections);
        _salaryLevels.Insert(parts.SalaryLevels);
        _careerSteps.Insert(parts.CareerSteps);
        _faqs.Insert(parts.Faqs);
        _sources.Insert(parts.Sources);
        _aliases.Insert(parts.Aliases);
        _relatedRoles.Insert(parts.RelatedRoles);
        // A draft is for its editors' eyes only: out of the index, its words can never surface in search or its suggestions.
        if (!guide.Draft)
        {
            _search.Run(RoleSearchIndex.Row(role.Id, guide));
        }
    }

    public void Dispose()
    {
        foreach (var insert in new IDisposable[] { _roles, _sections, _salaryLevels, _careerSteps, _faqs, _sources, _aliases, _relatedRoles, _search })
        {
            insert.Dispose();
        }
    }
}
