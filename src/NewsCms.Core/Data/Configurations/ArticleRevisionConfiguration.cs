using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Core.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.ToTable("article_revisions");
        revision.Property(r => r.Headline).HasMaxLength(Article.HeadlineMaxLength);
        revision.Property(r => r.Slug).HasMaxLength(Article.SlugMaxLength);
        revision.Property(r => r.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        revision.Property(r => r.DatelinePlace).HasMaxLength(Article.DatelineMaxLength);
        revision.Property(r => r.DatelineSource).HasMaxLength(Article.DatelineMaxLength);
        revision.Property(r => r.Byline).HasMaxLength(Article.BylineMaxLength);
        revision.Property(r => r.SectionName).HasMaxLength(100);
        revision.Property(r => r.ById).HasMaxLength(100);
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // The history page: one article's revisions, newest first.
        revision.HasIndex(r => new { r.ArticleId, r.Id }).IsDescending(false, true);
    }
}
