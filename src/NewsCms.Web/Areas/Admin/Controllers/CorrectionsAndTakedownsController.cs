using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Corrections and takedowns: editors' public record of what changed and what was removed.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.PublishArticles))]
public sealed class CorrectionsAndTakedownsController(CorrectionsAndTakedowns desk, NewsDbContext db) : Controller
{
    [HttpPost("/admin/articles/{id:int}/corrections")]
    public async Task<IActionResult> Correct(int id, CorrectionInput input, CancellationToken cancellationToken)
    {
        var result = await desk.CorrectAsync(User.ToActor(), id, input.Kind, input.Text, cancellationToken);
        return await AnswerAsync(id, result, "Correction added; it shows at the foot of the article.", m => m with { Correction = input }, cancellationToken);
    }

    [HttpPost("/admin/articles/{id:int}/takedown")]
    public async Task<IActionResult> TakeDown(int id, TakedownInput input, CancellationToken cancellationToken)
    {
        var result = await desk.TakeDownAsync(User.ToActor(), id, input.PublicReason, input.InternalReason, cancellationToken);
        return await AnswerAsync(id, result, "Taken down: the story is off every public page and its address answers 410 Gone.", m => m with { Takedown = input }, cancellationToken);
    }

    private async Task<IActionResult> AnswerAsync(int id, DeskResult result, string notice, Func<DeskFormViewModel, DeskFormViewModel> form, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case DeskOutcome.NotFound:
                return NotFound();
            case DeskOutcome.Forbidden:
                return Forbid();
            case DeskOutcome.Invalid:
                foreach (var error in result.Errors ?? [])
                    ModelState.AddModelError(error.Field, error.Message);
                var headline = await db.Articles.Where(a => a.Id == id).Select(a => a.Headline).SingleAsync(cancellationToken);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("Refused", form(new DeskFormViewModel(id, headline)));
            default:
                TempData["Notice"] = notice;
                return Redirect($"/admin/articles/{id}/edit");
        }
    }
}
