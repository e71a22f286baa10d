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
    /// <summary>The verbs a queue button may send, one comment or a selection.</summary>
    public static readonly IReadOnlySet<ModerationVerb> CommentVerbs = new HashSet<ModerationVerb>
    {
        ModerationVerb.Approve, ModerationVerb.Reject, ModerationVerb.Spam, ModerationVerb.Delete,
        ModerationVerb.Restore, ModerationVerb.DeleteForever, ModerationVerb.NotSpam,
    };

    /// <summary>How many comments are in each state, every state listed: the moderation menu's counts.</summary>
    public async Task<IReadOnlyList<StateCount>> CountByStateAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Comments.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Enum.GetValues<CommentStatus>().Select(s => new StateCount(s, counts.GetValueOrDefault(s))).ToList();
    }

    /// <summary>
    /// One verb on each of these comments; returns how many it applied to. A verb skips the comments it does not
    /// fit: Delete moves to Trash, Restore and Delete forever act only in Trash, Not spam only on Spam, and a
    /// comment in Trash must be restored before it is approved, rejected or marked spam.
    /// </summary>
    public async Task<int> ApplyAsync(IReadOnlyCollection<int> commentIds, ModerationVerb verb, Actor actor, CancellationToken cancellationToken)
    {
        EnsureModerator(actor);
        if (!CommentVerbs.Contains(verb))
            throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a comment action.");
        var now = clock.GetUtcNow();
        var comments = await db.Comments.Where(c => commentIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var comment in comments.Where(c => Fits(verb, c.Status)))
        {
            Apply(comment, verb, actor.UserId, now);
            db.ModerationActions.Add(new ModerationAction(actor.UserId, verb, now, comment.Id, comment.ArticleId));
            done++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} applied {Verb} to {Count} comments", actor.UserId, verb, done);
        return done;
    }

    /// <summary>Bans the sender of a comment by its email, its IP hash, or both; false when there is nothing to ban by.</summary>
    public async Task<bool> BanSenderAsync(int commentId, BanScope scope, string reason, DateTimeOffset? expiresAt, Actor actor, CancellationToken cancellationToken)
    {
        EnsureModerator(actor);
        var sender = await db.Comments.Where(c => c.Id == commentId)
            .Select(c => new { c.AuthorEmail, c.IpHash, c.ArticleId })
            .SingleOrDefaultAsync(cancellationToken);
        if (sender is null)
            return false;
        var email = scope.HasFlag(BanScope.Email) ? sender.AuthorEmail : null;
        var ipHash = scope.HasFlag(BanScope.Address) ? sender.IpHash : null;
        if (email is null && ipHash is null)
            return false;
        var now = clock.GetUtcNow();
        db.CommentBans.Add(new CommentBan(email, ipHash, reason, actor.UserId, now, expiresAt));
        var until = expiresAt is null ? "permanently" : $"until {expiresAt:O}";
        db.ModerationActions.Add(new ModerationAction(actor.UserId, ModerationVerb.Ban, now, commentId, sender.ArticleId, $"{until}: {reason}"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} banned the sender of comment {CommentId} by {Scope}", actor.UserId, commentId, scope);
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

    public static bool Fits(ModerationVerb verb, CommentStatus status) => verb switch
    {
        ModerationVerb.Restore or ModerationVerb.DeleteForever => status == CommentStatus.Trash,
        ModerationVerb.NotSpam => status == CommentStatus.Spam,
        _ => status != CommentStatus.Trash,
    };

    private void Apply(Comment comment, ModerationVerb verb, string actorId, DateTimeOffset now)
    {
        switch (verb)
        {
            case ModerationVerb.Delete:
                comment.MoveToTrash(actorId, now);
                break;
            case ModerationVerb.Restore:
                comment.Restore(actorId, now);
                break;
            case ModerationVerb.DeleteForever:
                db.Comments.Remove(comment);
                break;
            default:
                comment.Moderate(StatusFor(verb), actorId, now);
                break;
        }
    }

    private static CommentStatus StatusFor(ModerationVerb verb) => verb switch
    {
        ModerationVerb.Approve or ModerationVerb.NotSpam => CommentStatus.Approved,
        ModerationVerb.Reject => CommentStatus.Rejected,
        _ => CommentStatus.Spam,
    };

    internal static void EnsureModerator(Actor actor)
    {
        if (!actor.Can(Capability.ModerateComments))
            throw new UnauthorizedAccessException("Only moderators moderate comments.");
    }
}

public sealed record StateCount(CommentStatus Status, int Count);

/// <summary>What a ban matches: the sender's email, their network address (its hash), or both.</summary>
[Flags]
public enum BanScope
{
    Email = 1,
    Address = 2,
    Both = Email | Address,
}
