using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Headline).HasMaxLength(Article.HeadlineMaxLength);
        article.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        article.Property(a => a.Standfirst).HasMaxLength(1000);
        article.Property(a => a.DatelinePlace).HasMaxLength(100);
        article.Property(a => a.DatelineSource).HasMaxLength(100);
        article.Property(a => a.Byline).HasMaxLength(300);
        article.Property(a => a.Excerpt).HasMaxLength(400);
        article.Property(a => a.Version).IsRowVersion();
        article.Ignore(a => a.Dateline);

        article.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.SetNull);

        // The article page: one story per slug and publication day (drafts have no day yet).
        article.HasIndex(a => new { a.PublishedOn, a.Slug }).IsUnique();

        // The front page and every "latest" list: published stories, newest first.
        article.HasIndex(a => new { a.PublishedAt, a.Id })
            .IsDescending(true, true)
            .HasFilter("status = 'Published'")
            .HasDatabaseName("ix_articles_published_latest");

        article.HasIndex(a => a.SectionId);
    }
}
