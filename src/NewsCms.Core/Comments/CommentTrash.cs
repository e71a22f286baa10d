using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Comments;

/// <summary>
/// Empties Trash of comments deleted longer ago than <see cref="CommentOptions.TrashRetentionDays"/>. The
/// background purger calls it; each purged comment leaves a line in the moderation log, by the system.
/// </summary>
public sealed class CommentTrash(NewsDbContext db, IOptions<CommentOptions> options, ILogger<CommentTrash> logger)
{
    /// <summary>Batches keep one purge's transaction short even after a mass deletion.</summary>
    private const int Batch = 500;

    /// <summary>Purges what is due at <paramref name="now"/>; returns the ids removed.</summary>
    public async Task<IReadOnlyList<int>> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.TrashRetention;
        var purged = new List<int>();
        while (true)
        {
            var due = await db.Comments
                .Where(c => c.Status == CommentStatus.Trash && c.TrashedAt <= cutoff)
                .OrderBy(c => c.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
                break;
            foreach (var comment in due)
                db.ModerationActions.Add(new ModerationAction(Staff.Actor.SystemId, ModerationVerb.Purge, now, comment.Id, comment.ArticleId));
            db.Comments.RemoveRange(due);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            purged.AddRange(due.Select(c => c.Id));
        }

        if (purged.Count > 0)
            logger.LogInformation("Purged {Count} comments from Trash", purged.Count);
        return purged;
    }
}
