namespace CareerGuide.Web.Data;

/// <summary>What getting a database ready (<see cref="DatabaseSetup"/>) needs from its provider.</summary>
public interface IDatabaseStartup
{
    /// <summary>Whether the database exists at all: validation must not create one.</summary>
    bool Exists(CareerGuideDbContext db);

    /// <summary>Touches the database without EF's command logging, so a file another connection holds locked fails here with one line.</summary>
    Task ProbeAsync(CareerGuideDbContext db, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Keeps every other start from migrating until disposed, clearing what a dead migrator left behind.</summary>
    Task<IAsyncDisposable> LockMigrationsAsync(CareerGuideDbContext db, ILogger logger, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps every other process from ingesting into this database until disposed; within one process
    /// <see cref="Ingestion.IngestionGate"/> already lets one run at a time.
    /// </summary>
    Task<IAsyncDisposable> LockIngestionAsync(CareerGuideDbContext db, CancellationToken cancellationToken);

    /// <summary>The settings the database keeps from start to start, applied once it is migrated.</summary>
    Task ConfigureAsync(CareerGuideDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> says another connection held the database for longer than a start may wait.</summary>
    bool IsHeldElsewhere(Exception exception);
}
