using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Core.Data.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> correction)
    {
        correction.ToTable("corrections");
        correction.Property(c => c.Text).HasMaxLength(Correction.TextMaxLength);
        correction.Property(c => c.ById).HasMaxLength(100);
        correction.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        correction.HasOne(c => c.Article).WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);

        // The article page's foot (by article), /corrections and its feed (newest first).
        correction.HasIndex(c => new { c.ArticleId, c.At });
        correction.HasIndex(c => new { c.At, c.Id }).IsDescending(true, true);
    }
}
