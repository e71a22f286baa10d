using NewsCms.Core.Staff;

namespace NewsCms.Core.Articles;

/// <summary>
/// Who may do what to an article in which state (DESIGN.md "The states"):
/// <code>
///   Draft → InReview → Published            reporters submit their own drafts; editors publish
///   Draft | InReview → Scheduled → Published the background publisher, at the instant
///   Published → Unpublished                  gone from the site; the URL answers 410
///   any → Archived                           editors
///   Unpublished → Published                  editors may put a story back; its URL is unchanged
///   InReview → Draft                         Send back (editors, with a note) or Withdraw (its reporter)
///   Scheduled → Draft                        Unschedule (editors)
///   Archived → Draft                         Restore from archive (editors)
/// </code>
/// Only a takedown is a one-way door.
/// Reporters edit only their own drafts. Editors and admins edit anything but an archived article.
/// The article's transition methods call these checks, so no caller can skip them; views call them to
/// decide which buttons to show.
/// </summary>
public static class ArticleWorkflow
{
    /// <summary>
    /// Who may open an article in the newsroom (the editor, read-only when they may not edit; its history):
    /// editors and admins any, a reporter their own in any state.
    /// </summary>
    public static bool CanView(Article article, Actor actor) =>
        actor.Can(Capability.EditAnyArticle) || IsOwner(article, actor);

    public static bool CanEdit(Article article, Actor actor) =>
        article.Status != ArticleStatus.Archived
        && (actor.Can(Capability.EditAnyArticle)
            || (actor.Can(Capability.WriteArticles) && article.Status == ArticleStatus.Draft && IsOwner(article, actor)));

    public static bool CanSubmit(Article article, Actor actor) =>
        article.Status == ArticleStatus.Draft && CanEdit(article, actor);

    public static bool CanPublish(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles)
        && article.Status is ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Scheduled or ArticleStatus.Unpublished;

    public static bool CanSchedule(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles)
        && article.Status is ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Scheduled;

    public static bool CanUnpublish(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status == ArticleStatus.Published;

    public static bool CanArchive(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status != ArticleStatus.Archived;

    public static bool CanSendBack(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status == ArticleStatus.InReview;

    /// <summary>The reporter's own submission; the desk uses Send back, which tells the reporter why.</summary>
    public static bool CanWithdraw(Article article, Actor actor) =>
        actor.Can(Capability.WriteArticles) && article.Status == ArticleStatus.InReview && IsOwner(article, actor);

    public static bool CanUnschedule(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status == ArticleStatus.Scheduled;

    public static bool CanRestoreFromArchive(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status == ArticleStatus.Archived;

    /// <summary>Only editors set when a story is taken down automatically.</summary>
    public static bool CanSetExpiry(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status is not (ArticleStatus.Archived or ArticleStatus.Unpublished);

    /// <summary>
    /// Whether the editor form's command may run: the transition, plus the right to edit the text for the
    /// commands that save it (Unpublish and Archive change the state only). The form shows exactly the
    /// buttons this allows, and <see cref="ArticleSaver"/> refuses the rest.
    /// </summary>
    public static bool Allows(Article article, Actor actor, ArticleCommand command) => command switch
    {
        ArticleCommand.SaveDraft => CanEdit(article, actor),
        ArticleCommand.Update => CanEdit(article, actor) && article.Status == ArticleStatus.Published,
        ArticleCommand.Submit => CanSubmit(article, actor),
        ArticleCommand.Publish => CanPublish(article, actor) && CanEdit(article, actor),
        ArticleCommand.Schedule => CanSchedule(article, actor) && CanEdit(article, actor),
        ArticleCommand.Unpublish => CanUnpublish(article, actor),
        ArticleCommand.Archive => CanArchive(article, actor),
        _ => false,
    };

    private static bool IsOwner(Article article, Actor actor) =>
        article.CreatedById == actor.UserId;

    internal static void Ensure(bool allowed, string action, Article article)
    {
        if (!allowed)
            throw new WorkflowException($"You cannot {action} an article that is {article.Status}, or your role does not allow it.");
    }
}
