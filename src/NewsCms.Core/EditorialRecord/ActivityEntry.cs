using NewsCms.Core.Articles;

namespace NewsCms.Core.EditorialRecord;

/// <summary>What happened, as the activity log names it. Moderation verbs come from moderation_actions (see ActivityLog).</summary>
public enum ActivityAction
{
    Created,
    Submitted,
    Published,
    Scheduled,
    Unpublished,
    Archived,
    TakenDown,
    Restored,
    Corrected,
    RolesChanged,
    StatusChanged,
    SentBack,
    Withdrawn,
    Unscheduled,
    RestoredFromArchive,
    MovedToSection,
    TagAdded,
}

/// <summary>
/// One line of the activity log, written in the same SaveChanges as the change it records. No foreign keys
/// on purpose (as moderation_actions): the record outlives what it names.
/// </summary>
public sealed class ActivityEntry
{
    public const int DetailMaxLength = 500;

    private ActivityEntry()
    {
    }

    public ActivityEntry(string actorId, ActivityAction action, DateTimeOffset at, Article? article, string? detail = null, string? subjectUserId = null)
    {
        ActorId = actorId;
        Action = action;
        At = at;
        Article = article;
        SubjectUserId = subjectUserId;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
    }

    public long Id { get; private set; }
    public string ActorId { get; private set; } = "";
    public ActivityAction Action { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>Kept (set to null) if the article is ever deleted; articles are archived, not deleted, in practice.</summary>
    public int? ArticleId { get; private set; }
    public Article? Article { get; private set; }

    /// <summary>The staff account a role change was about.</summary>
    public string? SubjectUserId { get; private set; }

    public string? Detail { get; private set; }
}
