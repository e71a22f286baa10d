using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Operations;

namespace NewsCms.Core.Data.Configurations;

internal sealed class SystemSampleConfiguration : IEntityTypeConfiguration<SystemSample>
{
    public void Configure(EntityTypeBuilder<SystemSample> sample)
    {
        sample.ToTable("system_samples");
        sample.HasKey(s => s.Id);
        sample.Property(s => s.Node).HasMaxLength(SystemSample.NodeMaxLength);
        // The page reads the last hour; the pruning deletes what is older than a day.
        sample.HasIndex(s => s.At);
    }
}
