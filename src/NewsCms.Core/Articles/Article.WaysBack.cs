using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Articles;

/// <summary>
/// The desk's ways back (DESIGN.md "The desk's way back"): nothing in the newsroom is a one-way door except a
/// takedown. Each returns the story to Draft and names itself for the activity log, since "→ Draft" alone
/// would not say whether the desk sent it back or the reporter withdrew it.
/// </summary>
public sealed partial class Article
{
    public const int NoteMaxLength = 2000;

    /// <summary>What the change being saved is called in the activity log, when its states alone do not say. Not stored.</summary>
    public ActivityAction? PendingAction { get; private set; }

    /// <summary>The activity log's detail for the change being saved (a Send back note). Not stored.</summary>
    public string? PendingDetail { get; private set; }

    /// <summary>An editor returns a story in review to its reporter, with a note saying what to change.</summary>
    public void SendBack(Actor actor, string note, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(ArticleWorkflow.CanSendBack(this, actor), "send back", this);
        if (string.IsNullOrWhiteSpace(note))
            throw new WorkflowException("Say what to change: a story is sent back with a note.");
        BackToDraft(actor, ActivityAction.SentBack, now, note.Trim());
    }

    /// <summary>A reporter takes their own submission back to keep working on it.</summary>
    public void Withdraw(Actor actor, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(ArticleWorkflow.CanWithdraw(this, actor), "withdraw", this);
        BackToDraft(actor, ActivityAction.Withdrawn, now);
    }

    public void Unschedule(Actor actor, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(ArticleWorkflow.CanUnschedule(this, actor), "unschedule", this);
        BackToDraft(actor, ActivityAction.Unscheduled, now);
    }

    public void RestoreFromArchive(Actor actor, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(ArticleWorkflow.CanRestoreFromArchive(this, actor), "restore from the archive", this);
        BackToDraft(actor, ActivityAction.RestoredFromArchive, now);
    }

    private void BackToDraft(Actor actor, ActivityAction action, DateTimeOffset now, string? detail = null)
    {
        Touch(actor);
        PendingAction = action;
        PendingDetail = detail;
        Status = ArticleStatus.Draft;
        ScheduledAt = null;
        UpdatedAt = now;
    }
}
