using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>The rows one guide owns besides its role, ready to insert once the role has its id.</summary>
public sealed record RoleParts(
    IReadOnlyList<RoleSection> Sections,
    IReadOnlyList<RoleSalaryLevel> SalaryLevels,
    IReadOnlyList<RoleCareerStep> CareerSteps,
    IReadOnlyList<RoleFaq> Faqs,
    IReadOnlyList<RoleSource> Sources,
    IReadOnlyList<RoleAlias> Aliases,
    IReadOnlyList<RelatedRole> RelatedRoles);
