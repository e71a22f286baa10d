using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Comments;

/// <summary>
/// The moderation desk's actions. Each one writes a <see cref="ModerationAction"/> in the same save as the
/// change, so the log cannot miss an action that happened nor record one that did not.
/// </summary>
public sealed class CommentModeration(NewsDbContext db, TimeProvider clock, ILogger<CommentModeration> logger)
{
    /// <summary>Approve, Reject, Spam or Delete each of these comments; returns how many were found.</summary>
    /// <summary>How many comments are in each state, every state listed: the moderation menu's counts.</summary>
    public async Task<IReadOnlyList<StateCount>> CountByStateAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Comments.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Enum.GetValues<CommentStatus>().Select(s => new StateCount(s, counts.GetValueOrDefault(s))).ToList();
    }

    public async Task<int> ApplyAsync(IReadOnlyCollection<int> commentIds, ModerationVerb verb, Actor actor, CancellationToken cancellationToken)
    {
        EnsureModerator(actor);
        if (verb is not (ModerationVerb.Approve or ModerationVerb.Reject or ModerationVerb.Spam or ModerationVerb.Delete))
            throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a comment action.");
        var now = clock.GetUtcNow();
        var comments = await db.Comments.Where(c => commentIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var comment in comments)
        {
            if (verb == ModerationVerb.Delete)
                db.Comments.Remove(comment);
            else
                comment.Moderate(StatusFor(verb), actor.UserId, now);
            db.ModerationActions.Add(new ModerationAction(actor.UserId, verb, now, comment.Id, comment.ArticleId));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} applied {Verb} to {Count} comments", actor.UserId, verb, comments.Count);
        return comments.Count;
    }

    /// <summary>Bans the sender of a comment by its email (if given) and its IP hash; false when there is no such comment.</summary>
    public async Task<bool> BanSenderAsync(int commentId, string reason, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken)
    {
        EnsureModerator(actor);
        var sender = await db.Comments.Where(c => c.Id == commentId)
            .Select(c => new { c.AuthorEmail, c.IpHash, c.ArticleId })
            .SingleOrDefaultAsync(cancellationToken);
        if (sender is null || (sender.AuthorEmail is null && sender.IpHash is null))
            return false;
        var now = clock.GetUtcNow();
        db.CommentBans.Add(new CommentBan(sender.AuthorEmail, sender.IpHash, reason, actor.UserId, now, expiresAt));
        var until = expiresAt is null ? "permanently" : $"until {expiresAt:O}";
        db.ModerationActions.Add(new ModerationAction(actor.UserId, ModerationVerb.Ban, now, commentId, sender.ArticleId, $"{until}: {reason}"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} banned the sender of comment {CommentId}", actor.UserId, commentId);
        return true;
    }

    /// <summary>Closes or reopens comments on an article; false when there is no such article.</summary>
    public async Task<bool> SetCommentsOpenAsync(int articleId, bool open, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.CloseComments))
            throw new UnauthorizedAccessException("Only editors and moderators open or close comments.");
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
            return false;
        article.SetCommentsOpen(open);
        var verb = open ? ModerationVerb.OpenComments : ModerationVerb.CloseComments;
        db.ModerationActions.Add(new ModerationAction(actor.UserId, verb, clock.GetUtcNow(), null, articleId));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} applied {Verb} to article {ArticleId}", actor.UserId, verb, articleId);
        return true;
    }

    private static CommentStatus StatusFor(ModerationVerb verb) => verb switch
    {
        ModerationVerb.Approve => CommentStatus.Approved,
        ModerationVerb.Reject => CommentStatus.Rejected,
        _ => CommentStatus.Spam,
    };

    private static void EnsureModerator(Actor actor)
    {
        if (!actor.Can(Capability.ModerateComments))
            throw new UnauthorizedAccessException("Only moderators moderate comments.");
    }
}

public sealed record StateCount(CommentStatus Status, int Count);
