using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Articles;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// The editor's live previews (wwwroot/js/editor-helpers.js). The Body as typed, rendered by the same
/// BodyRenderer a save uses, so what the reporter sees is what would be stored, sanitised the same way; and
/// the search result and shared card, drawn from the form's fields as the editor page draws them.
/// Nothing is written to an article: one route serves new and existing stories alike.
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class LivePreviewController(BodyRenderer renderer, NewsroomOptions newsroom, ArticleEditorModels models, SearchAppearance appearance) : Controller
{
    [HttpPost("/admin/articles/preview")]
    public async Task<IActionResult> Render([FromForm] string? body, [FromForm] string? datelinePlace, [FromForm] string? datelineSource, CancellationToken cancellationToken)
    {
        if (body?.Length > newsroom.MaxBodyLength)
            return TooLong(body.Length);
        var html = await renderer.RenderAsync(body ?? "", Dateline.From(datelinePlace, datelineSource)?.ToString(), cancellationToken);
        return Content(html, "text/html; charset=utf-8");
    }

    /// <summary>
    /// The search result and shared card as an HTML fragment. With <paramref name="id"/>, the story's own
    /// address (fixed once published), for whoever may open it in the newsroom.
    /// </summary>
    [HttpPost("/admin/articles/preview/appearance")]
    public async Task<IActionResult> Appearance([FromForm] int? id, [FromForm] ArticleEditorInput form, CancellationToken cancellationToken)
    {
        if (form.Body?.Length > newsroom.MaxBodyLength)
            return TooLong(form.Body.Length);
        var actor = User.ToActor();
        var article = id is { } existing ? await models.LoadAsync(existing, cancellationToken) : models.Blank(actor);
        if (article is null)
            return NotFound();
        if (!ArticleWorkflow.CanView(article, actor))
            return Forbid();
        return PartialView("_SearchAppearance", await appearance.BuildAsync(article, form, cancellationToken));
    }

    private ObjectResult TooLong(int length) =>
        Problem($"The body is {length:N0} characters; the limit is {newsroom.MaxBodyLength:N0}.", statusCode: StatusCodes.Status400BadRequest);
}
