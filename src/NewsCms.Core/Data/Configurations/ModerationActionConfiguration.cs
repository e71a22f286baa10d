using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Comments;

namespace NewsCms.Core.Data.Configurations;

internal sealed class ModerationActionConfiguration : IEntityTypeConfiguration<ModerationAction>
{
    public void Configure(EntityTypeBuilder<ModerationAction> action)
    {
        action.ToTable("moderation_actions");
        action.Property(a => a.ActorId).HasMaxLength(100);
        action.Property(a => a.Detail).HasMaxLength(ModerationAction.DetailMaxLength);
        action.Property(a => a.PreviousText).HasMaxLength(Comment.BodyMaxLength);

        // The log reads newest first; a comment's history by its id.
        action.HasIndex(a => a.At).IsDescending();
        action.HasIndex(a => a.CommentId).HasFilter("comment_id IS NOT NULL");
    }
}
