using NewsCms.Core.Articles;
using NewsCms.Core.Editing;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>Fills the editor page's integrity parts: takes or reports the soft lock, offers the autosave, says which desks apply.</summary>
public sealed class EditorIntegrity(EditingSessions sessions, NewsroomOptions newsroom)
{
    /// <summary>Opening the editor (GET): the lock is taken when free; <paramref name="restoreAutosave"/> lays the autosaved text over the form.</summary>
    public async Task<ArticleEditorViewModel> OpenAsync(ArticleEditorViewModel model, Article article, Actor actor, bool restoreAutosave, CancellationToken cancellationToken)
    {
        var editable = ArticleWorkflow.CanEdit(article, actor);
        var holder = editable ? await sessions.OpenAsync(actor, article.Id, cancellationToken) : null;
        var autosave = editable ? await sessions.AutosaveOfAsync(actor, article.Id, cancellationToken) : null;
        var newer = autosave is not null && autosave.SavedAt > article.UpdatedAt;
        if (newer && restoreAutosave)
            model = (ArticleEditorViewModel)AutosaveFields.Restore(model, autosave!.Fields); // `with` keeps the runtime type
        return model with
        {
            Integrity = Around(article, actor) with
            {
                EditingNow = holder,
                AutosavedAt = newer && !restoreAutosave ? autosave!.SavedAt : null,
                RestoredAutosave = newer && restoreAutosave,
            },
        };
    }

    /// <summary>The parts that do not depend on the lock: which desks this person may use on this article.</summary>
    public static EditorIntegrityViewModel Around(Article article, Actor actor) => new()
    {
        CanCorrect = article.Id != 0 && EditorialRules.CanCorrect(article, actor),
        CanTakeDown = article.Id != 0 && EditorialRules.CanTakeDown(article, actor),
        ShowsSignificantUpdate = article.Status == ArticleStatus.Published && ArticleWorkflow.CanEdit(article, actor),
    };

    public ArticleEditorInput Theirs(Article current) => ArticleForm.From(current, newsroom);
}
