namespace NewsCms.Core.Comments;

public enum ModerationVerb
{
    Approve,
    Reject,
    Spam,
    Delete,
    Ban,
    CloseComments,
    OpenComments,
    Restore,
    DeleteForever,
    Purge,
    Reply,
    Edit,
    LiftBan,
    NotSpam,
}

/// <summary>
/// One line of the moderation log: who did what to which comment or article, and when. No foreign keys on
/// purpose: the record outlives a deleted comment.
/// </summary>
public sealed class ModerationAction
{
    public const int DetailMaxLength = 300;

    private ModerationAction()
    {
    }

    public ModerationAction(string actorId, ModerationVerb verb, DateTimeOffset at, int? commentId, int? articleId, string? detail = null)
    {
        ActorId = actorId;
        Verb = verb;
        At = at;
        CommentId = commentId;
        ArticleId = articleId;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
    }

    public long Id { get; private set; }
    public string ActorId { get; private set; } = "";
    public ModerationVerb Verb { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? CommentId { get; private set; }
    public int? ArticleId { get; private set; }
    public string? Detail { get; private set; }

    /// <summary>For <see cref="ModerationVerb.Edit"/>: the text as it was before, kept whole.</summary>
    public string? PreviousText { get; private set; }

    public static ModerationAction EditOf(Comment comment, string previousText, string actorId, DateTimeOffset at) =>
        new(actorId, ModerationVerb.Edit, at, comment.Id, comment.ArticleId) { PreviousText = previousText };
}
