namespace NewsCms.Core.Comments;

/// <summary>A sender who may not comment: by email, by IP hash, or both, until an optional expiry.</summary>
public sealed class CommentBan
{
    public const int ReasonMaxLength = 200;

    private CommentBan()
    {
    }

    public CommentBan(string? email, string? ipHash, string reason, string createdBy, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        if (email is null && ipHash is null)
            throw new ArgumentException("A ban needs an email address or an IP hash.");
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > ReasonMaxLength)
            throw new ArgumentException($"A ban needs a reason of at most {ReasonMaxLength} characters.", nameof(reason));
        Email = CommentRules.NormaliseEmail(email);
        IpHash = ipHash;
        Reason = reason.Trim();
        CreatedBy = createdBy;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }
    public string? Email { get; private set; }
    public string? IpHash { get; private set; }
    public string Reason { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => ExpiresAt is null || now < ExpiresAt;

    /// <summary>Who lifted it early (<c>Lift ban</c>); the ban stays on record, ending now.</summary>
    public string? LiftedBy { get; private set; }

    public void Lift(string moderator, DateTimeOffset now)
    {
        if (!IsActive(now))
            return;
        ExpiresAt = now;
        LiftedBy = moderator;
    }
}
