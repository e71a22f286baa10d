namespace NewsCms.Core.Comments;

/// <summary>
/// A comment as it arrives from a reader's form, before any rule has looked at it. <see cref="SentFromThisBrowser"/>:
/// the ids of earlier comments the sender's browser proves it sent (a signed cookie); only those earn trust.
/// </summary>
public sealed record CommentSubmission(
    int ArticleId,
    int? ParentId,
    string? Name,
    string? Email,
    string? Body,
    string IpHash,
    bool HoneypotFilled,
    bool FilledTooFast,
    IReadOnlyCollection<int>? SentFromThisBrowser = null);

public enum IntakeOutcome
{
    /// <summary>Stored; <see cref="IntakeResult.Status"/> says where it went.</summary>
    Stored,

    /// <summary>Bad input: nothing stored, <see cref="IntakeResult.Errors"/> says why, field by field.</summary>
    Invalid,

    /// <summary>The article takes no comments (closed, not published).</summary>
    Closed,

    /// <summary>The sender is banned.</summary>
    Banned,

    NotFound,
}

public sealed record IntakeResult(IntakeOutcome Outcome, int CommentId = 0, CommentStatus Status = CommentStatus.Pending, IReadOnlyDictionary<string, string>? Errors = null)
{
    public static IntakeResult Invalid(string field, string reason) => new(IntakeOutcome.Invalid, Errors: new Dictionary<string, string> { [field] = reason });
}
