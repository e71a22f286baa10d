using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> media)
    {
        media.ToTable("media_items");
        media.Property(m => m.StorageKey).HasMaxLength(200);
        media.Property(m => m.ContentHash).HasMaxLength(64);
        media.Property(m => m.ContentType).HasMaxLength(40);
        media.Property(m => m.Format).HasMaxLength(10);
        media.Property(m => m.AltText).HasMaxLength(MediaItem.TextMaxLength);
        media.Property(m => m.Caption).HasMaxLength(MediaItem.TextMaxLength);
        media.Property(m => m.Credit).HasMaxLength(MediaItem.CreditMaxLength);
        media.Property(m => m.FileName).HasMaxLength(MediaItem.FileNameMaxLength);
        media.Ignore(m => m.Fingerprint);
        media.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UploadedById).OnDelete(DeleteBehavior.SetNull);

        // The library's grid: newest first, paged.
        media.HasIndex(m => new { m.UploadedAt, m.Id }).IsDescending(true, true).HasDatabaseName("ix_media_items_latest");

        // The library's search: ILIKE '%word%' on any of the four texts, served by one trigram index.
        media.HasIndex(m => new { m.AltText, m.Caption, m.Credit, m.FileName })
            .HasMethod("GIN")
            .HasOperators("gin_trgm_ops", "gin_trgm_ops", "gin_trgm_ops", "gin_trgm_ops")
            .HasDatabaseName("ix_media_items_search_trgm");

        // Deleting a picture removes its original only when no other item shares the file.
        media.HasIndex(m => m.ContentHash);
    }
}

internal sealed class MediaOriginalConfiguration : IEntityTypeConfiguration<MediaOriginal>
{
    public void Configure(EntityTypeBuilder<MediaOriginal> original)
    {
        original.ToTable("media_originals");
        original.HasKey(o => o.ContentHash);
        original.Property(o => o.ContentHash).HasMaxLength(64);
    }
}

internal sealed class MediaRenditionConfiguration : IEntityTypeConfiguration<MediaRendition>
{
    public void Configure(EntityTypeBuilder<MediaRendition> rendition)
    {
        rendition.ToTable("media_renditions");
        rendition.Property(r => r.Fingerprint).HasMaxLength(20);
        rendition.Property(r => r.Crop).HasConversion<string>().HasMaxLength(10);
        rendition.Property(r => r.Format).HasConversion<string>().HasMaxLength(10);
        rendition.Property(r => r.StorageKey).HasMaxLength(200);
        rendition.HasOne<MediaItem>().WithMany().HasForeignKey(r => r.MediaItemId).OnDelete(DeleteBehavior.Cascade);

        // A rendition URL's lookup; unique, so two nodes making the same rendition at once store it once.
        rendition.HasIndex(r => new { r.MediaItemId, r.Fingerprint, r.Crop, r.Width, r.Format })
            .IsUnique()
            .HasDatabaseName("ix_media_renditions_key");
    }
}

internal sealed class ArticleLeadImageConfiguration : IEntityTypeConfiguration<Articles.Article>
{
    public void Configure(EntityTypeBuilder<Articles.Article> article)
    {
        // A picture a story uses cannot be deleted (the library says which stories use it).
        article.HasOne(a => a.LeadImage).WithMany().HasForeignKey(a => a.LeadImageId).OnDelete(DeleteBehavior.Restrict);
        article.HasIndex(a => a.LeadImageId);
    }
}
