using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Core.Data.Configurations;

internal sealed class TakedownConfiguration : IEntityTypeConfiguration<Takedown>
{
    public void Configure(EntityTypeBuilder<Takedown> takedown)
    {
        takedown.ToTable("takedowns");
        takedown.Property(t => t.PublicReason).HasMaxLength(Article.ReasonMaxLength);
        takedown.Property(t => t.InternalReason).HasMaxLength(Article.ReasonMaxLength);
        takedown.Property(t => t.ById).HasMaxLength(100);
        takedown.HasOne(t => t.Article).WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        takedown.HasIndex(t => t.ArticleId);
    }
}
