using NewsCms.Core.Articles;
using NewsCms.Core.Staff;

namespace NewsCms.Core.EditorialRecord;

/// <summary>Who may correct, take down and restore (DESIGN.md: editors add corrections; only editors and admins take down).</summary>
public static class EditorialRules
{
    public static bool CanCorrect(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status == ArticleStatus.Published;

    /// <summary>A story that readers have or had: published, or unpublished but still known by its URL.</summary>
    public static bool CanTakeDown(Article article, Actor actor) =>
        actor.Can(Capability.PublishArticles) && article.Status is ArticleStatus.Published or ArticleStatus.Unpublished;

    /// <summary>Restoring is an edit: editors anything, a reporter only their own draft.</summary>
    public static bool CanRestore(Article article, Actor actor) => ArticleWorkflow.CanEdit(article, actor);
}
