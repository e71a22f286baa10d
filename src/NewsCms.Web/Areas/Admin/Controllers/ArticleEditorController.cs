using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Articles;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Media;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// The article editor. Every button posts the whole form back to the page's own URL; ArticleSaver decides
/// and saves, this controller only translates its answer into HTTP (403, 404, the form again, or a redirect).
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class ArticleEditorController(ArticleSaver saver, ArticleEditorModels models, NewsroomOptions newsroom, EditorIntegrity integrity, EditorLeadImageUpload leadUpload) : Controller
{
    private const string EditorView = "Edit";

    [HttpGet("/admin/articles/new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        return View(EditorView, await models.BuildAsync(models.Blank(actor), actor, new ArticleEditorInput(), cancellationToken));
    }

    [HttpPost("/admin/articles/new")]
    public Task<IActionResult> New(ArticleEditorInput input, CancellationToken cancellationToken) =>
        PostAsync(null, input, cancellationToken);

    [HttpGet("/admin/articles/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [FromQuery] string? restore, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var article = await models.LoadAsync(id, cancellationToken);
        if (article is null)
            return NotFound();

        // Reporters open their own stories, read-only once submitted; editors any, archived ones too.
        if (!ArticleWorkflow.CanView(article, actor))
            return Forbid();
        var model = await models.BuildAsync(article, actor, ArticleForm.From(article, newsroom), cancellationToken);
        return View(EditorView, await integrity.OpenAsync(model, article, actor, restore == "autosave", cancellationToken));
    }

    [HttpPost("/admin/articles/{id:int}/edit")]
    public Task<IActionResult> Edit(int id, ArticleEditorInput input, CancellationToken cancellationToken) =>
        PostAsync(id, input, cancellationToken);

    private async Task<IActionResult> PostAsync(int? id, ArticleEditorInput input, CancellationToken cancellationToken)
    {
        if (input.Command == ArticleForm.PreviewCommand)
            return await ShowAgainAsync(id, input, preview: true, cancellationToken);
        if (!ArticleForm.TryParseCommand(input.Command, out var command))
            return BadRequest();
        // The version is the form's own hidden field: a malformed one is a forged or broken request, not a typo.
        if (ModelState.TryGetValue(nameof(input.Version), out var version) && version.Errors.Count > 0)
            return BadRequest();
        if (input.Body?.Length > newsroom.MaxBodyLength)
            ModelState.AddModelError(nameof(input.Body), $"The body is {input.Body.Length:N0} characters; the limit is {newsroom.MaxBodyLength:N0}. Split the story or shorten it.");
        if (!ModelState.IsValid)
            return await ShowAgainAsync(id, input, preview: false, cancellationToken);
        if (input.LeadImageFile is { Length: > 0 } file)
        {
            var uploaded = await leadUpload.AddAsync(file, input.LeadImageAltText, User, cancellationToken);
            if (uploaded.MediaId is null)
            {
                ModelState.AddModelError(nameof(input.LeadImageFile), uploaded.Refusal!);
                return await ShowAgainAsync(id, input, preview: false, cancellationToken);
            }

            // From here the picture is the chosen lead image, in the library, whatever the save decides.
            input = input with { LeadImageId = uploaded.MediaId, LeadImageFile = null, LeadImageAltText = null };
            ModelState.Remove(nameof(input.LeadImageId));
        }

        var actor = User.ToActor();
        var result = await saver.SaveAsync(actor, id, ArticleForm.ToCore(input, newsroom), command, cancellationToken);
        switch (result.Failure)
        {
            case SaveFailure.Forbidden:
                return Forbid();
            case SaveFailure.NotFound:
                return NotFound();
            case SaveFailure.Invalid:
                foreach (var error in result.Errors ?? [])
                    ModelState.AddModelError(error.Field, error.Message);
                var invalid = await models.BuildAsync(result.Article!, actor, input, cancellationToken);
                return View(EditorView, invalid with { Integrity = EditorIntegrity.Around(result.Article!, actor) });
            case SaveFailure.Conflict:
                return await ShowConflictAsync(id!.Value, input, cancellationToken);
            default:
                TempData["Notice"] = ArticleForm.Notice(command, result.Article!, newsroom);
                return Redirect($"/admin/articles/{result.Article!.Id}/edit");
        }
    }

    /// <summary>The form again with what was typed: to preview it, or because part of it could not be read.</summary>
    private async Task<IActionResult> ShowAgainAsync(int? id, ArticleEditorInput input, bool preview, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var article = id is null ? models.Blank(actor) : await models.LoadAsync(id.Value, cancellationToken);
        if (article is null)
            return NotFound();
        if (!ArticleWorkflow.CanEdit(article, actor))
            return Forbid();

        var model = await models.BuildAsync(article, actor, input, cancellationToken) with { Integrity = EditorIntegrity.Around(article, actor) };
        return View(EditorView, preview ? model with { Preview = await models.PreviewAsync(input, cancellationToken) } : model);
    }

    /// <summary>
    /// Someone saved after this form was loaded. Nothing was written; the typed text comes back with the
    /// current version, so saving again is a deliberate choice made after comparing.
    /// </summary>
    private async Task<IActionResult> ShowConflictAsync(int id, ArticleEditorInput input, CancellationToken cancellationToken)
    {
        var current = await models.LoadAsync(id, cancellationToken);
        if (current is null)
            return NotFound();
        var model = await models.BuildAsync(current, User.ToActor(), input with { Version = current.Version }, cancellationToken);
        return View(EditorView, model with { Conflict = true, Integrity = EditorIntegrity.Around(current, User.ToActor()) with { Theirs = integrity.Theirs(current) } });
    }
}
