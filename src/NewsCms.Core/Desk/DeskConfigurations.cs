using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Desk;

internal sealed class EditorialNoteConfiguration : IEntityTypeConfiguration<EditorialNote>
{
    public void Configure(EntityTypeBuilder<EditorialNote> note)
    {
        note.ToTable("editorial_notes");
        note.Property(n => n.AuthorId).HasMaxLength(100);
        note.Property(n => n.Text).HasMaxLength(Article.NoteMaxLength);
        note.HasOne<Article>().WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // The thread beside the editor, oldest first.
        note.HasIndex(n => new { n.ArticleId, n.At });
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.Property(n => n.RecipientId).HasMaxLength(100);
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        notification.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        notification.HasOne(n => n.Article).WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.SetNull);

        // The bell's count on every staff page, and the list, newest first.
        notification.HasIndex(n => new { n.RecipientId, n.At }).IsDescending(false, true);
        notification.HasIndex(n => n.RecipientId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
    }
}
