using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Comments;

namespace NewsCms.Core.Data.Configurations;

internal sealed class CommentBanConfiguration : IEntityTypeConfiguration<CommentBan>
{
    public void Configure(EntityTypeBuilder<CommentBan> ban)
    {
        ban.Property(b => b.Email).HasMaxLength(CommentRules.EmailMaxLength);
        ban.Property(b => b.IpHash).HasMaxLength(64);
        ban.Property(b => b.Reason).HasMaxLength(CommentBan.ReasonMaxLength);
        ban.Property(b => b.CreatedBy).HasMaxLength(100);
        ban.Property(b => b.LiftedBy).HasMaxLength(100);

        // The intake asks on every comment: is this email, or this IP hash, banned?
        ban.HasIndex(b => b.Email).HasFilter("email IS NOT NULL");
        ban.HasIndex(b => b.IpHash).HasFilter("ip_hash IS NOT NULL");
    }
}
