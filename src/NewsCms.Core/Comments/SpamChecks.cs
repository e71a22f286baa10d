using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Comments;

/// <summary>
/// One way a comment can look like spam. The intake asks every registered check; any reason sends the
/// comment to Spam, silently (the sender sees the usual message), where a moderator can still rescue it.
/// </summary>
public interface ISpamCheck
{
    /// <summary>Why this comment looks like spam, or null when it does not.</summary>
    ValueTask<string?> ReasonAsync(CommentSubmission comment, CancellationToken cancellationToken);
}

/// <summary>The off-screen "Leave this field empty" field was filled: only a machine sees it.</summary>
public sealed class HoneypotCheck : ISpamCheck
{
    public ValueTask<string?> ReasonAsync(CommentSubmission comment, CancellationToken cancellationToken) =>
        ValueTask.FromResult(comment.HoneypotFilled ? "the hidden field was filled" : null);
}

/// <summary>Sent sooner after the form was shown than a person can type (or with a missing or forged stamp).</summary>
public sealed class FillTimeCheck : ISpamCheck
{
    public ValueTask<string?> ReasonAsync(CommentSubmission comment, CancellationToken cancellationToken) =>
        ValueTask.FromResult(comment.FilledTooFast ? "sent too soon after the form was shown" : null);
}

public sealed class LinkCheck(IOptions<CommentOptions> options) : ISpamCheck
{
    public ValueTask<string?> ReasonAsync(CommentSubmission comment, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CommentRules.HasTooManyLinks(comment.Body ?? "", options.Value) ? "too many links" : null);
}

/// <summary>
/// More comments from one address in the window than the rate limit allows. The rate limiter refuses them
/// on one node; this reads the database, so it holds across every node behind the proxy.
/// </summary>
public sealed class RateCheck(NewsDbContext db, TimeProvider clock, IOptions<CommentOptions> options) : ISpamCheck
{
    public async ValueTask<string?> ReasonAsync(CommentSubmission comment, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddMinutes(-options.Value.WindowMinutes);
        var sent = await db.Comments.CountAsync(c => c.IpHash == comment.IpHash && c.CreatedAt > since, cancellationToken);
        return sent >= options.Value.PostsPerWindow ? "too many comments from one address" : null;
    }
}
