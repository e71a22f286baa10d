using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Core.Desk;

public sealed record NotificationRow(long Id, NotificationKind Kind, int? ArticleId, string Text, DateTimeOffset At, bool Unread);

/// <summary>A person's notifications: the bell's count, the list, and marking them read.</summary>
public sealed class Notifications(NewsDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The newest, then all of them marked read: the list still shows which were new on this visit.</summary>
    public async Task<List<NotificationRow>> ReadLatestAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == userId)
            .OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Take(PageSize)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.ArticleId, n.Text, n.At, n.ReadAt == null))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.RecipientId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return rows;
    }
}
