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

    /// <summary>When Delete moved it to Trash; the purge job removes it once the retention has passed.</summary>
    public DateTimeOffset? TrashedAt { get; private set; }

    /// <summary>Where Restore puts it back.</summary>
    public CommentStatus? StatusBeforeTrash { get; private set; }

    /// <summary>The staff member who answered as the publication (<c>Reply as staff</c>); null for readers.</summary>
    public string? StaffAuthorId { get; private set; }

    public bool IsStaffReply => StaffAuthorId is not null;

    /// <summary>A reply written by staff as the publication: public at once, never held for moderation.</summary>
    public static Comment StaffReply(int articleId, int parentId, string publication, string body, string staffUserId, DateTimeOffset now)
    {
        var reply = new Comment(articleId, publication, null, body, null, now, parentId) { StaffAuthorId = staffUserId };
        reply.Moderate(CommentStatus.Approved, staffUserId, now);
        return reply;
    }

    /// <summary>The intake's own verdict (spam, or a trusted sender): recorded as made by the rules, not a person.</summary>
    public void Classify(CommentStatus status, DateTimeOffset now)
    {
        if (status != CommentStatus.Pending)
            Moderate(status, AutomaticModerator, now);
    }

    public void Moderate(CommentStatus status, string moderator, DateTimeOffset now)
    {
        if (status == CommentStatus.Trash)
            throw new InvalidOperationException("Use MoveToTrash: Trash remembers where the comment came from.");
        if (Status == CommentStatus.Trash)
            throw new InvalidOperationException("A comment in Trash is restored first.");
        Status = status;
        ModeratedBy = moderator;
        ModeratedAt = now;
    }

    public void MoveToTrash(string moderator, DateTimeOffset now)
    {
        if (Status == CommentStatus.Trash)
            return;
        StatusBeforeTrash = Status;
        TrashedAt = now;
        Status = CommentStatus.Trash;
        ModeratedBy = moderator;
        ModeratedAt = now;
    }

    /// <summary>Back to the state it was deleted from; false when it is not in Trash.</summary>
    public bool Restore(string moderator, DateTimeOffset now)
    {
        if (Status != CommentStatus.Trash)
            return false;
        Status = StatusBeforeTrash ?? CommentStatus.Pending;
        StatusBeforeTrash = null;
        TrashedAt = null;
        ModeratedBy = moderator;
        ModeratedAt = now;
        return true;
    }

    /// <summary>A moderator's correction (a typo, a redaction); the caller keeps the original in the log.</summary>
    public void Edit(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > BodyMaxLength)
            throw new ArgumentException($"A comment needs text of at most {BodyMaxLength} characters.", nameof(body));
        Body = body;
    }
}
