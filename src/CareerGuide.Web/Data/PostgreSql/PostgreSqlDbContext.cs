using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data.PostgreSql;

/// <summary>
/// The site's context on PostgreSQL: the same model, under a type of its own, so that its migrations
/// (<c>Data/PostgreSql/Migrations</c>) are told apart from SQLite's, as EF Core's "migrations with multiple providers" describes.
/// </summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options) : CareerGuideDbContext(options);
