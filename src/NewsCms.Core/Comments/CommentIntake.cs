using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;

namespace NewsCms.Core.Comments;

/// <summary>
/// The one door every reader comment comes through, first comments and replies alike: the article must
/// take comments, the input must meet <see cref="CommentRules"/>, a reply must answer an approved top-level
/// comment of the same article, and the sender must not be banned. Only then is anything stored.
/// </summary>
public sealed class CommentIntake(NewsDbContext db, TimeProvider clock, IOptions<CommentOptions> options, IEnumerable<ISpamCheck> spamChecks, ILogger<CommentIntake> logger)
{
    private readonly CommentOptions _options = options.Value;

    public async Task<IntakeResult> SubmitAsync(CommentSubmission submission, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == submission.ArticleId)
            .Select(a => new { a.Status, a.CommentsOpen, a.PublishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
            return new IntakeResult(IntakeOutcome.NotFound);
        if (article.Status != ArticleStatus.Published || !CommentRules.AcceptsComments(article.CommentsOpen, article.PublishedAt, now, _options))
            return new IntakeResult(IntakeOutcome.Closed);

        var errors = CommentRules.Validate(submission.Name, submission.Email, submission.Body);
        if (errors.Count > 0)
            return new IntakeResult(IntakeOutcome.Invalid, Errors: errors);
        if (submission.ParentId is { } parentId && await ReplyProblemAsync(parentId, submission.ArticleId, cancellationToken) is { } problem)
            return IntakeResult.Invalid("ParentId", problem);

        var email = CommentRules.NormaliseEmail(submission.Email);
        if (await IsBannedAsync(email, submission.IpHash, now, cancellationToken))
        {
            logger.LogInformation("Refused a comment on article {ArticleId} from a banned sender", submission.ArticleId);
            return new IntakeResult(IntakeOutcome.Banned);
        }

        // Trust is earned by this browser's own approved comments under this email, never by a typed address.
        var sent = submission.SentFromThisBrowser ?? [];
        var approvedBefore = email is null || _options.TrustAfterApproved == 0 || sent.Count == 0
            ? 0
            : await db.Comments.CountAsync(c => sent.Contains(c.Id) && c.AuthorEmail == email && c.Status == CommentStatus.Approved, cancellationToken);
        var spamReason = await SpamReasonAsync(submission, cancellationToken);
        var status = CommentRules.InitialStatus(submission.Body!, spamReason is not null, approvedBefore, _options);

        var comment = new Comment(submission.ArticleId, submission.Name!.Trim(), email, submission.Body!, submission.IpHash, now, submission.ParentId);
        comment.Classify(status, now);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Comment {CommentId} on article {ArticleId} arrived as {Status} {SpamReason}", comment.Id, submission.ArticleId, status, spamReason);
        return new IntakeResult(IntakeOutcome.Stored, comment.Id, status);
    }

    /// <summary>Active bans matching the email or the IP hash. Expired bans stay on record but no longer bite.</summary>
    public Task<bool> IsBannedAsync(string? email, string ipHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.CommentBans.AnyAsync(
            b => (b.ExpiresAt == null || b.ExpiresAt > now) && ((email != null && b.Email == email) || b.IpHash == ipHash),
            cancellationToken);

    /// <summary>The first spam check that objects, in registration order (the cheap ones first).</summary>
    private async Task<string?> SpamReasonAsync(CommentSubmission submission, CancellationToken cancellationToken)
    {
        foreach (var check in spamChecks)
        {
            if (await check.ReasonAsync(submission, cancellationToken) is { } reason)
                return reason;
        }

        return null;
    }

    private async Task<string?> ReplyProblemAsync(int parentId, int articleId, CancellationToken cancellationToken)
    {
        var parent = await db.Comments.AsNoTracking()
            .Where(c => c.Id == parentId)
            .Select(c => new { c.ArticleId, c.ParentId, c.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (parent is null || parent.ArticleId != articleId)
            return "That comment is not on this article, so you cannot reply to it here.";
        if (parent.Status != CommentStatus.Approved)
            return "That comment is not published, so it cannot be replied to.";
        return parent.ParentId is null ? null : "Replies go one level deep: reply to the comment above instead.";
    }
}
