using CareerGuide.Content;
using CareerGuide.Web.Data;

namespace CareerGuide.Web.Ingestion;

/// <summary>
/// Writes parsed guides inside ingestion's transaction, a chunk at a time: one DELETE removes the versions a chunk
/// replaces. Each guide replaces its file's previous version just before it is written, so a guide that is not
/// written (its file was saved again mid-run, or the run stops) keeps its last good version.
/// </summary>
public sealed class GuideWriter : IDisposable
{
    private const int ChunkSize = 100;

    private readonly CareerGuideDbContext _db;
    private readonly IGuideStore _store;
    private readonly IRoleRowsWriter _rows;
    private readonly IReadOnlyDictionary<string, int> _replacing;
    private readonly DateTimeOffset _now;
    private readonly List<(Role Role, RoleGuide Guide)> _chunk = new(ChunkSize);
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    private GuideWriter(CareerGuideDbContext db, IGuideStore store, IRoleRowsWriter rows, IReadOnlyDictionary<string, int> replacing, DateTimeOffset now)
    {
        (_db, _store, _rows, _replacing, _now) = (db, store, rows, replacing, now);
    }

    /// <summary>The guides written so far, by path.</summary>
    public IReadOnlySet<string> Written => _written;

    /// <summary>A writer whose guides replace, by path, the stored role ids in <paramref name="replacing"/>.</summary>
    public static async Task<GuideWriter> CreateAsync(CareerGuideDbContext db, IGuideStore store, IReadOnlyDictionary<string, int> replacing, DateTimeOffset now, CancellationToken cancellationToken) =>
        new(db, store, await store.OpenWriterAsync(db, cancellationToken), replacing, now);

    public async Task AddAsync(ScannedGuide scanned, RoleGuide guide, CancellationToken cancellationToken)
    {
        _chunk.Add((RoleWriter.ToRole(guide, scanned.Path, scanned.Hash, _now), guide));
        if (_chunk.Count == ChunkSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Removes the versions the chunk replaces, then writes the chunk's roles with all their rows.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _store.DeleteRolesAsync(_db, [.. _chunk.Where(c => _replacing.ContainsKey(c.Role.SourcePath)).Select(c => _replacing[c.Role.SourcePath])], cancellationToken);
        foreach (var (role, guide) in _chunk)
        {
            _rows.Insert(role, guide);
            _written.Add(role.SourcePath);
        }

        await _rows.FlushAsync(cancellationToken);

        _chunk.Clear();
    }

    public void Dispose() => _rows.Dispose();
}
