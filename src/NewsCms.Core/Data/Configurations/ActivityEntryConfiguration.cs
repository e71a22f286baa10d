using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Core.Data.Configurations;

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> entry)
    {
        entry.ToTable("activity_log");
        entry.Property(e => e.ActorId).HasMaxLength(100);
        entry.Property(e => e.SubjectUserId).HasMaxLength(100);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Detail).HasMaxLength(ActivityEntry.DetailMaxLength);
        entry.HasOne(e => e.Article).WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.SetNull);

        // /admin/activity: newest first, filtered by person, article or action.
        entry.HasIndex(e => e.At).IsDescending();
        entry.HasIndex(e => new { e.ActorId, e.At });
        entry.HasIndex(e => new { e.ArticleId, e.At });
        entry.HasIndex(e => new { e.Action, e.At });
    }
}
