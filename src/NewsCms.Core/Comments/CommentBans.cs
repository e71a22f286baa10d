using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Comments;

/// <summary>The bans page: the bans still biting, and lifting one early (it stays on record, ended).</summary>
public sealed class CommentBans(NewsDbContext db, TimeProvider clock, ILogger<CommentBans> logger)
{
    /// <summary>Active bans, newest first, with the name of whoever made each.</summary>
    public Task<List<BanListing>> ActiveAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (from b in db.CommentBans.AsNoTracking()
                where b.ExpiresAt == null || b.ExpiresAt > now
                join u in db.Users on b.CreatedBy equals u.Id into users
                from u in users.DefaultIfEmpty()
                orderby b.CreatedAt descending, b.Id descending
                select new BanListing(b.Id, b.Email, b.IpHash, b.Reason, b.CreatedAt, b.ExpiresAt, u != null ? u.DisplayName : b.CreatedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends an active ban now; false when there is no such ban or it has already ended.</summary>
    public async Task<bool> LiftAsync(int banId, Actor actor, CancellationToken cancellationToken)
    {
        CommentModeration.EnsureModerator(actor);
        var now = clock.GetUtcNow();
        var ban = await db.CommentBans.SingleOrDefaultAsync(b => b.Id == banId, cancellationToken);
        if (ban is null || !ban.IsActive(now))
            return false;
        ban.Lift(actor.UserId, now);
        db.ModerationActions.Add(new ModerationAction(actor.UserId, ModerationVerb.LiftBan, now, null, null, $"ban {banId}: {ban.Reason}"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} lifted ban {BanId}", actor.UserId, banId);
        return true;
    }
}

public sealed record BanListing(int Id, string? Email, string? IpHash, string Reason, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, string CreatedBy);
