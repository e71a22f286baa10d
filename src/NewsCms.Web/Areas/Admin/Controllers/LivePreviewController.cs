using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Articles;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// The editor's live preview (wwwroot/js/live-preview.js): the Body as typed, rendered by the same
/// BodyRenderer a save uses, so what the reporter sees is what would be stored, sanitised the same way.
/// Nothing is read from or written to an article: one route serves new and existing stories alike.
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class LivePreviewController(BodyRenderer renderer, NewsroomOptions newsroom) : Controller
{
    [HttpPost("/admin/articles/preview")]
    public async Task<IActionResult> Render([FromForm] string? body, [FromForm] string? datelinePlace, [FromForm] string? datelineSource, CancellationToken cancellationToken)
    {
        if (body?.Length > newsroom.MaxBodyLength)
            return Problem($"The body is {body.Length:N0} characters; the limit is {newsroom.MaxBodyLength:N0}.", statusCode: StatusCodes.Status400BadRequest);
        var html = await renderer.RenderAsync(body ?? "", Dateline.From(datelinePlace, datelineSource)?.ToString(), cancellationToken);
        return Content(html, "text/html; charset=utf-8");
    }
}
