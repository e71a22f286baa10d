using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Articles;
using NewsCms.Core.Desk;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>Builds the desk beside the editor, and the whole editor page again when a note is refused.</summary>
public sealed class DeskModels(EditorialNotes notes, NewsroomOptions newsroom, IServiceProvider services)
{
    public async Task<DeskViewModel?> BuildAsync(Article article, Actor actor, string? note, CancellationToken cancellationToken)
    {
        if (article.Id == 0)
            return null;
        return new DeskViewModel
        {
            ArticleId = article.Id,
            Note = note,
            Notes = await notes.ThreadAsync(article.Id, cancellationToken),
            WaysBack = Enum.GetValues<WayBack>().Where(w => Core.Desk.WaysBack.Allows(article, actor, w)).ToHashSet(),
        };
    }

    /// <summary>The editor page as a GET shows it, with the note typed kept in the field (the reason goes beside it).</summary>
    public async Task<ArticleEditorViewModel?> EditorWithNoteAsync(int id, Actor actor, string? note, CancellationToken cancellationToken)
    {
        // Resolved here, not injected: the editor's models build this desk, so each needs the other.
        var models = services.GetRequiredService<ArticleEditorModels>();
        var article = await models.LoadAsync(id, cancellationToken);
        if (article is null || !ArticleWorkflow.CanView(article, actor))
            return null;
        var model = await models.BuildAsync(article, actor, ArticleForm.From(article, newsroom), cancellationToken);
        return model with { Desk = await BuildAsync(article, actor, note, cancellationToken), Integrity = EditorIntegrity.Around(article, actor) };
    }
}

public static class EditorPage
{
    /// <summary>
    /// The editor page rendered by another controller (a refused note): its partials are found beside it,
    /// as when the editor's own controller renders it.
    /// </summary>
    public static ViewResult EditorView(this Controller controller, ArticleEditorViewModel model)
    {
        controller.RouteData.Values["controller"] = "ArticleEditor";
        return controller.View("Edit", model);
    }
}
