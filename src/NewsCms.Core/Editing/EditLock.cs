namespace NewsCms.Core.Editing;

/// <summary>
/// A soft lock: "X is editing since …". It refuses nothing; it tells others, who may take over. It lapses
/// after <see cref="Lifetime"/> without a heartbeat from the open editor.
/// </summary>
public sealed class EditLock
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private EditLock()
    {
    }

    public EditLock(int articleId, string userId, DateTimeOffset now)
    {
        ArticleId = articleId;
        Hold(userId, now);
    }

    public int ArticleId { get; private set; }
    public string UserId { get; private set; } = "";
    public DateTimeOffset Since { get; private set; }
    public DateTimeOffset HeartbeatAt { get; private set; }

    public bool IsLive(DateTimeOffset now) => now - HeartbeatAt < Lifetime;

    /// <summary>Opening the editor, or taking over: the lock is this person's from now.</summary>
    public void Hold(string userId, DateTimeOffset now)
    {
        if (UserId != userId)
            Since = now;
        UserId = userId;
        HeartbeatAt = now;
    }

    public void Beat(DateTimeOffset now) => HeartbeatAt = now;
}
