using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength);
        tag.Property(t => t.Slug).HasMaxLength(Tag.NameMaxLength);
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}
