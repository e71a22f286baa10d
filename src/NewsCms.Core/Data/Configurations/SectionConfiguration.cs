using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Sections;

namespace NewsCms.Core.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Name).HasMaxLength(Section.NameMaxLength);
        section.Property(s => s.Slug).HasMaxLength(Section.SlugMaxLength);
        section.HasIndex(s => s.Slug).IsUnique();
    }
}
