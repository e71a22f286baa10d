namespace NewsCms.Core.Comments;

/// <summary>
/// A reader's comment. The text is stored exactly as sent and HTML-encoded on output; the moderation
/// workflow is in <see cref="CommentIntake"/> (arrival) and <see cref="CommentModeration"/> (the desk).
/// </summary>
public sealed class Comment
{
    public const int BodyMaxLength = 5000;
    public const int NameMaxLength = 100;
    public const string AutomaticModerator = "(rules)";

    private Comment()
    {
    }

    public Comment(int articleId, string authorName, string? authorEmail, string body, string? ipHash, DateTimeOffset now, int? parentId = null)
    {
        ArticleId = articleId;
        AuthorName = authorName;
        AuthorEmail = authorEmail;
        Body = body;
        IpHash = ipHash;
        CreatedAt = now;
        ParentId = parentId;
    }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public int? ParentId { get; private set; }
    public string AuthorName { get; private set; } = "";

    /// <summary>Never shown to readers.</summary>
    public string? AuthorEmail { get; private set; }

    public string Body { get; private set; } = "";
    public CommentStatus Status { get; private set; } = CommentStatus.Pending;
    public DateTimeOffset CreatedAt { get; private set; }
    public string? ModeratedBy { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }

    /// <summary>A salted hash of the sender's IP; the address itself is never stored.</summary>
    public string? IpHash { get; private set; }

    /// <summary>The intake's own verdict (spam, or a trusted sender): recorded as made by the rules, not a person.</summary>
    public void Classify(CommentStatus status, DateTimeOffset now)
    {
        if (status != CommentStatus.Pending)
            Moderate(status, AutomaticModerator, now);
    }

    public void Moderate(CommentStatus status, string moderator, DateTimeOffset now)
    {
        Status = status;
        ModeratedBy = moderator;
        ModeratedAt = now;
    }
}
