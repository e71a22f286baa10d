using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.Editing;

namespace NewsCms.Core.Data.Configurations;

internal sealed class AutosaveConfiguration : IEntityTypeConfiguration<Autosave>
{
    public void Configure(EntityTypeBuilder<Autosave> autosave)
    {
        autosave.ToTable("autosaves");

        // One slot per person per article, found by its key.
        autosave.HasKey(a => new { a.ArticleId, a.UserId });
        autosave.Property(a => a.UserId).HasMaxLength(100);
        autosave.Property(a => a.Fields).HasMaxLength(Autosave.FieldsMaxLength);
        autosave.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
