using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data.Configurations;

namespace NewsCms.Core.Data;

/// <summary>
/// The data-protection key ring in PostgreSQL, shared by every node. A context of its own because the key
/// repository saves synchronously, which <see cref="NewsDbContext"/> refuses (its save pipeline reads the
/// database); the table itself comes from NewsDbContext's migrations, so this context never migrates.
/// </summary>
public sealed class DataProtectionKeyStore(DbContextOptions<DataProtectionKeyStore> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable(DataProtectionKeyConfiguration.Table, t => t.ExcludeFromMigrations());
}
