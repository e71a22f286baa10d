using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Articles;

/// <summary>The article's editorial record: who changed it last, the reader-facing modified instant, corrections, takedown.</summary>
public sealed partial class Article
{
    public const int ReasonMaxLength = 500;

    /// <summary>
    /// The reader-facing "modified" instant (JSON-LD dateModified, "Updated …"). Unlike <see cref="UpdatedAt"/>,
    /// which moves on every save, it moves only on first publication, a significant update and a correction.
    /// </summary>
    public DateTimeOffset? ModifiedAt { get; private set; }

    /// <summary>Who changed the article in the unit of work being saved; the history records it with the revision. Not stored.</summary>
    public string? ChangedById { get; private set; }

    /// <summary>The public reason shown on the 410 page after a takedown.</summary>
    public string? TakedownReason { get; private set; }

    /// <summary>Readers see "Updated …" only after a significant update or a correction.</summary>
    public bool WasUpdated => ModifiedAt is { } modified && PublishedAt is { } published && modified > published;

    /// <summary>The history recorded this change; the next unit of work starts clean.</summary>
    internal void Recorded()
    {
        ChangedById = null;
        PendingAction = null;
        PendingDetail = null;
    }

    /// <summary>An edit readers should know about (not a typo fix): moves the reader-facing modified instant.</summary>
    public void MarkSignificantUpdate(Actor actor, DateTimeOffset now)
    {
        if (Status != ArticleStatus.Published)
            return;
        Touch(actor);
        ModifiedAt = now;
    }

    /// <summary>Appends a public note; the article's reader-facing modified instant moves with it.</summary>
    public Correction Correct(Actor actor, CorrectionKind kind, string text, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(EditorialRules.CanCorrect(this, actor), "add a correction to", this);
        if (string.IsNullOrWhiteSpace(text))
            throw new WorkflowException("A correction needs its text.");
        Touch(actor);
        ModifiedAt = now;
        UpdatedAt = now;
        return new Correction(this, kind, text.Trim(), actor.UserId, now);
    }

    /// <summary>Removes the story from every public surface; the page answers 410 with the public reason.</summary>
    public Takedown TakeDown(Actor actor, string publicReason, string internalReason, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(EditorialRules.CanTakeDown(this, actor), "take down", this);
        if (string.IsNullOrWhiteSpace(publicReason) || string.IsNullOrWhiteSpace(internalReason))
            throw new WorkflowException("A takedown needs a public and an internal reason.");
        Touch(actor);
        Status = ArticleStatus.TakenDown;
        TakedownReason = publicReason.Trim();
        ScheduledAt = null;
        ExpiresAt = null;
        UpdatedAt = now;
        return new Takedown(this, publicReason, internalReason, actor.UserId, now);
    }

    private void Touch(Actor actor) => ChangedById = actor.UserId;
}
