using Microsoft.EntityFrameworkCore;

namespace CareerGuide.Web.Data;

public sealed class CareerGuideDbContext(DbContextOptions<CareerGuideDbContext> options) : DbContext(options)
{
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<RoleAlias> Aliases => Set<RoleAlias>();
    public DbSet<GuideStatus> GuideStatuses => Set<GuideStatus>();
    public DbSet<SlugHistory> SlugHistory => Set<SlugHistory>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal type: store money as REAL so it can be compared and sorted in SQL.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Role>(role =>
        {
            role.HasIndex(r => r.Slug).IsUnique();
            role.HasIndex(r => r.SourcePath).IsUnique();
            role.HasIndex(r => r.Category);
            // Role pages look up the roles whose title matches a step of the ladder, and the steps named like the role.
            role.HasIndex(r => r.Title);
            role.ComplexProperty(r => r.Facts);
            role.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.RoleId);
            role.HasMany(r => r.SalaryLevels).WithOne().HasForeignKey(s => s.RoleId);
            role.HasMany(r => r.CareerSteps).WithOne().HasForeignKey(s => s.RoleId);
            role.HasMany(r => r.Faqs).WithOne().HasForeignKey(f => f.RoleId);
            role.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.RoleId);
            role.HasMany(r => r.Aliases).WithOne().HasForeignKey(a => a.RoleId);
            role.HasMany(r => r.RelatedRoles).WithOne().HasForeignKey(r => r.RoleId);
        });
        modelBuilder.Entity<RoleAlias>().HasIndex(a => a.Slug).IsUnique();
        modelBuilder.Entity<RelatedRole>().HasIndex(r => r.TargetSlug);
        modelBuilder.Entity<RoleCareerStep>().HasIndex(s => s.Title);
        modelBuilder.Entity<GuideStatus>().HasKey(s => s.Path);
        modelBuilder.Entity<SlugHistory>().HasKey(s => s.Slug);
    }
}
