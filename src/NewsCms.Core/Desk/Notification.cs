using NewsCms.Core.Articles;

namespace NewsCms.Core.Desk;

public enum NotificationKind
{
    SentBack,
    Published,
    ScheduledWentOut,
    Mentioned,
    EnteredReview,
}

/// <summary>
/// Something a colleague should know, shown under the staff menu's bell until read. The rows are also the
/// outbox for mail: a mailer (when SMTP is configured) sends those with no <see cref="EmailedAt"/> and sets it.
/// </summary>
public sealed class Notification
{
    public const int TextMaxLength = 300;

    private Notification()
    {
    }

    public Notification(string recipientId, NotificationKind kind, Article? article, string text, DateTimeOffset at)
    {
        RecipientId = recipientId;
        Kind = kind;
        Article = article;
        Text = text.Length > TextMaxLength ? text[..(TextMaxLength - 1)] + "…" : text;
        At = at;
    }

    public long Id { get; private set; }
    public string RecipientId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public int? ArticleId { get; private set; }
    public Article? Article { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Null until the staff mailer has sent it (docs/newsroom.md "Notifications by mail").</summary>
    public DateTimeOffset? EmailedAt { get; private set; }

    public void MarkEmailed(DateTimeOffset at) => EmailedAt = at;
}
