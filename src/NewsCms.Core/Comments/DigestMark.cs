using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Data;

namespace NewsCms.Core.Comments;

/// <summary>
/// When a periodic mail (the pending-comments digest) last went out. One row per kind, claimed atomically,
/// so with several nodes exactly one sends each interval's digest.
/// </summary>
public sealed class DigestMark
{
    public const string PendingComments = "pending-comments";

    private DigestMark()
    {
    }

    public string Kind { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>
    /// Takes this interval's digest for the caller: true for exactly one caller across every node once
    /// <paramref name="every"/> has passed since the last one (or when there was none), false otherwise.
    /// </summary>
    public static async Task<bool> TryClaimAsync(NewsDbContext db, string kind, DateTimeOffset now, TimeSpan every, CancellationToken cancellationToken)
    {
        var due = now - every;
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO digest_marks (kind, sent_at) VALUES ({kind}, {now})
            ON CONFLICT (kind) DO UPDATE SET sent_at = excluded.sent_at
            WHERE digest_marks.sent_at <= {due}
            """, cancellationToken);
        return claimed == 1;
    }
}

internal sealed class DigestMarkConfiguration : IEntityTypeConfiguration<DigestMark>
{
    public void Configure(EntityTypeBuilder<DigestMark> mark)
    {
        mark.ToTable("digest_marks");
        mark.HasKey(m => m.Kind);
        mark.Property(m => m.Kind).HasMaxLength(50);
    }
}
