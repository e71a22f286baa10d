using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Comments;

/// <summary>
/// Staff writing in the comments: <c>Reply as staff</c> (the publication answers, public at once) and a
/// moderator's correction of a reader's text, whose original is kept whole in the moderation log.
/// </summary>
public sealed class CommentEditing(NewsDbContext db, TimeProvider clock, ILogger<CommentEditing> logger)
{
    /// <summary>
    /// Answers a comment as <paramref name="publication"/>. Replies go one level deep, so answering a reply
    /// answers its conversation; a pending comment being answered is approved with it, or the answer would
    /// hang under nothing. Null when there is no such comment or it is not one that can be shown (rejected,
    /// spam, in Trash).
    /// </summary>
    public async Task<Comment?> ReplyAsStaffAsync(int commentId, string body, string publication, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.ReplyAsStaff))
            throw new UnauthorizedAccessException("Only editors and moderators reply as the publication.");
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        var parent = comment?.ParentId is { } parentId
            ? await db.Comments.SingleOrDefaultAsync(c => c.Id == parentId, cancellationToken)
            : comment;
        if (comment is null || parent is null || !CanBeAnswered(comment) || !CanBeAnswered(parent))
            return null;

        var now = clock.GetUtcNow();
        foreach (var answered in new[] { parent, comment }.Distinct().Where(c => c.Status == CommentStatus.Pending))
        {
            answered.Moderate(CommentStatus.Approved, actor.UserId, now);
            db.ModerationActions.Add(new ModerationAction(actor.UserId, ModerationVerb.Approve, now, answered.Id, answered.ArticleId, "answered as staff"));
        }

        var reply = Comment.StaffReply(comment.ArticleId, parent.Id, publication, body, actor.UserId, now);
        db.Comments.Add(reply);
        db.ModerationActions.Add(new ModerationAction(actor.UserId, ModerationVerb.Reply, now, commentId, reply.ArticleId, "answered as staff"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} replied as staff to comment {CommentId}", actor.UserId, commentId);
        return reply;
    }

    /// <summary>Replaces a comment's text; the log keeps what it said before. False when there is no such comment.</summary>
    public async Task<bool> EditAsync(int commentId, string body, Actor actor, CancellationToken cancellationToken)
    {
        CommentModeration.EnsureModerator(actor);
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
            return false;
        if (comment.Body == body)
            return true;
        var original = comment.Body;
        comment.Edit(body);
        db.ModerationActions.Add(ModerationAction.EditOf(comment, original, actor.UserId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Actor} edited the text of comment {CommentId}", actor.UserId, commentId);
        return true;
    }

    private static bool CanBeAnswered(Comment comment) => comment.Status is CommentStatus.Approved or CommentStatus.Pending;
}
