namespace CareerGuide.Web.Data;

/// <summary>
/// What a role's page shows of other roles, resolved at ingestion against the published roles of that moment and
/// resolved again whenever an ingestion changes one of them. Links only ever go to published roles.
/// </summary>
/// <param name="Related">The guide's related roles that are published, in the guide's order.</param>
/// <param name="StepRoles">For ladder steps that have a guide of their own: the step's title to that role's slug.</param>
/// <param name="LeadsHere">Roles that list this one as related or as a step of their ladder, by title.</param>
public sealed record RoleLinks(IReadOnlyList<LinkedRole> Related, IReadOnlyDictionary<string, string> StepRoles, IReadOnlyList<LinkedRole> LeadsHere)
{
    /// <summary>The links of a role just written, until ingestion resolves them before it commits.</summary>
    public static RoleLinks None { get; } = new([], new Dictionary<string, string>(), []);
}

/// <summary>Another role as a link shows it.</summary>
public sealed record LinkedRole(string Slug, string Title);
