using CareerGuide.Web.Data;
using Microsoft.Extensions.Options;

namespace CareerGuide.Web.Commands;

/// <summary>
/// <c>migrate</c>: the schema brought up to date as every start does it (<see cref="DatabaseSetup"/>, under the same
/// lock), then the process ends without ingesting or serving: a deployment step before instances that only serve.
/// </summary>
public static class MigrateCommand
{
    /// <summary>Says in one line what the start's preparation of the database (<paramref name="applied"/>) did.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> applied, TextWriter output)
    {
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        await output.WriteLineAsync(applied.Count == 0
            ? $"The {provider} database's schema was current: no migration applied."
            : $"Migrated the {provider} database: applied {applied.Count} migrations ({string.Join(", ", applied)}).");
        return 0;
    }
}
