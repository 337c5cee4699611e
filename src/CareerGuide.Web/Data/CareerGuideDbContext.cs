using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

/// <summary>The site's database; on PostgreSQL it runs as <c>PostgreSql.PostgreSqlDbContext</c>, whose type names that provider's own migrations.</summary>
public class CareerGuideDbContext : DbContext
{
    public CareerGuideDbContext(DbContextOptions<CareerGuideDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's subclass, whose own options type keeps its migrations apart.</summary>
    protected CareerGuideDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleAlias> Aliases => Set<RoleAlias>();
    public DbSet<GuideStatus> GuideStatuses => Set<GuideStatus>();
    public DbSet<GuideFileStamp> GuideFileStamps => Set<GuideFileStamp>();
    public DbSet<SlugHistory> SlugHistory => Set<SlugHistory>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Role>(role =>
        {
            role.HasIndex(r => r.Slug).IsUnique();
            role.HasIndex(r => r.SourcePath).IsUnique();
            role.HasIndex(r => r.Category);
            role.ComplexProperty(r => r.Facts, facts => facts.Property(f => f.MedianPer).HasConversion<string>());
            role.Property(r => r.Document).HasConversion(RoleJsonColumns.Document);
            role.Property(r => r.Links).HasConversion(RoleJsonColumns.Links);
            role.HasMany(r => r.Aliases).WithOne().HasForeignKey(a => a.RoleId);
        });
        modelBuilder.Entity<RoleAlias>().HasIndex(a => a.Slug).IsUnique();
        modelBuilder.Entity<GuideStatus>().HasKey(s => s.Path);
        modelBuilder.Entity<GuideFileStamp>().HasKey(s => s.Path);
        modelBuilder.Entity<SlugHistory>().HasKey(s => s.Slug);
    }
}
