using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Sections;

namespace NewsCms.Core.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Name).HasMaxLength(100);
        section.Property(s => s.Slug).HasMaxLength(100);
        section.HasIndex(s => s.Slug).IsUnique();
    }
}
