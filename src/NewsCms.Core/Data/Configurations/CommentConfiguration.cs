using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;

namespace NewsCms.Core.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.Property(c => c.AuthorName).HasMaxLength(Comment.NameMaxLength);
        comment.Property(c => c.AuthorEmail).HasMaxLength(CommentRules.EmailMaxLength);
        comment.Property(c => c.Body).HasMaxLength(Comment.BodyMaxLength);
        comment.Property(c => c.ModeratedBy).HasMaxLength(100);
        comment.Property(c => c.IpHash).HasMaxLength(64);
        comment.Property(c => c.StaffAuthorId).HasMaxLength(100);

        comment.HasOne<Article>().WithMany(a => a.Comments).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // One level of replies; deleting a parent removes its replies with it.
        comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);

        // The article page reads its approved comments oldest first; the queue reads by status, newest first.
        comment.HasIndex(c => new { c.ArticleId, c.Status, c.CreatedAt });
        comment.HasIndex(c => new { c.Status, c.CreatedAt });

        // The purge job looks for comments trashed before the retention's start.
        comment.HasIndex(c => c.TrashedAt).HasFilter("trashed_at IS NOT NULL");

        // The trust rule counts a sender's approved comments by email.
        comment.HasIndex(c => new { c.AuthorEmail, c.Status }).HasFilter("author_email IS NOT NULL");
    }
}
