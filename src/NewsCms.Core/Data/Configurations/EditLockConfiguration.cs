using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.Editing;

namespace NewsCms.Core.Data.Configurations;

internal sealed class EditLockConfiguration : IEntityTypeConfiguration<EditLock>
{
    public void Configure(EntityTypeBuilder<EditLock> editLock)
    {
        editLock.ToTable("edit_locks");

        // One lock per article: looked up by its key only.
        editLock.HasKey(l => l.ArticleId);
        editLock.Property(l => l.UserId).HasMaxLength(100);
        editLock.HasOne<Article>().WithOne().HasForeignKey<EditLock>(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
