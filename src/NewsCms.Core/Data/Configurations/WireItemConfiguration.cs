using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.Wire;

namespace NewsCms.Core.Data.Configurations;

internal sealed class WireItemConfiguration : IEntityTypeConfiguration<WireItem>
{
    /// <summary>The unique index that keeps one waiting item per agency item (WireBatchImporter recognises its refusal).</summary>
    public const string WaitingAgencyIdIndex = "ix_wire_items_waiting_agency_id";

    public void Configure(EntityTypeBuilder<WireItem> item)
    {
        item.ToTable("wire_items");
        item.Property(w => w.Source).HasMaxLength(WireItem.SourceMaxLength);
        item.Property(w => w.AgencyId).HasMaxLength(Article.AgencyIdMaxLength);
        item.Property(w => w.Format).HasConversion<string>().HasMaxLength(20);
        item.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(w => w.Headline).HasMaxLength(Article.HeadlineMaxLength);
        item.Property(w => w.Slugline).HasMaxLength(WireItem.SluglineMaxLength);
        item.Property(w => w.Preview).HasMaxLength(WireItem.PreviewLength + 1);
        item.Property(w => w.EditorialNote).HasMaxLength(Article.ReasonMaxLength);
        item.Property(w => w.Content).HasColumnType("jsonb");
        item.Property(w => w.HandledById).HasMaxLength(100);
        item.Ignore(w => w.Item);
        item.HasOne(w => w.Article).WithMany().HasForeignKey(w => w.ArticleId).OnDelete(DeleteBehavior.SetNull);
        // A picture taken out of the library leaves the item on the desk without its thumbnail.
        item.HasOne(w => w.Picture).WithMany().HasForeignKey(w => w.PictureId).OnDelete(DeleteBehavior.SetNull);

        // The desk's first page: waiting items, newest first.
        item.HasIndex(w => new { w.ReceivedAt, w.Id })
            .IsDescending(true, true)
            .HasFilter("status = 'Waiting'")
            .HasDatabaseName("ix_wire_items_waiting_latest");

        // One waiting item per agency item (and the lookup of a batch's waiting items by agency id). Two ways in
        // taking the same new item at once (an upload and a folder, two nodes) would otherwise both add it: the
        // second save is refused, and WireBatchImporter takes its files again, which then find the first.
        item.HasIndex(w => w.AgencyId)
            .IsUnique()
            .HasFilter("status = 'Waiting'")
            .HasDatabaseName(WaitingAgencyIdIndex);
    }
}
