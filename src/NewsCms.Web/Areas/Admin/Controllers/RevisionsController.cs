using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>An article's history: every revision, any two compared, an old one restored as a new edit.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class RevisionsController(RevisionModels models, RevisionRestorer restorer) : Controller
{
    [HttpGet("/admin/articles/{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken) =>
        await models.HistoryAsync(id, User.ToActor(), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("/admin/articles/{id:int}/compare")]
    public async Task<IActionResult> Compare(int id, long from, long to, CancellationToken cancellationToken) =>
        await models.CompareAsync(id, from, to, User.ToActor(), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("/admin/articles/{id:int}/restore")]
    public async Task<IActionResult> Restore(int id, RestoreInput input, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        switch (await restorer.RestoreAsync(actor, id, input.RevisionId, cancellationToken))
        {
            case RestoreOutcome.NotFound:
                return NotFound();
            case RestoreOutcome.Forbidden:
                return Forbid();
            case RestoreOutcome.WrongArticle:
                ModelState.AddModelError("Restore.RevisionId", "That revision is not one of this article's; choose one from its history.");
                var model = await models.HistoryAsync(id, actor, cancellationToken);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return model is null ? NotFound() : View(nameof(History), model with { Restore = input });
            default:
                TempData["Notice"] = "The revision was restored as a new revision.";
                return Redirect($"/admin/articles/{id}/history");
        }
    }
}
