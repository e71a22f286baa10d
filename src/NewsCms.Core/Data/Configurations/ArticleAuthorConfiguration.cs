using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Data.Configurations;

internal sealed class ArticleAuthorConfiguration : IEntityTypeConfiguration<ArticleAuthor>
{
    public void Configure(EntityTypeBuilder<ArticleAuthor> author)
    {
        author.ToTable("article_authors");
        author.HasKey(a => new { a.ArticleId, a.UserId });
        author.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);

        // The author page lists an author's stories.
        author.HasIndex(a => a.UserId);
    }
}
