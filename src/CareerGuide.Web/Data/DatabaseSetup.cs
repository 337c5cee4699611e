using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Applies pending migrations; on SQLite also switches to WAL, so pages keep reading while ingestion writes.</summary>
    public static async Task PrepareAsync(this CareerGuideDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
