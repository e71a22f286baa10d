using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NewsCms.Core.Data.Configurations;

/// <summary>
/// The key ring every node signs cookies and antiforgery tokens with. The news database's migrations own the
/// table (one schema source); <see cref="DataProtectionKeyStore"/> reads and writes it.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public const string Table = "data_protection_keys";

    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable(Table);
}
