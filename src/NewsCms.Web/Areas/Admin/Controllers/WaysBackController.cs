using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Desk;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// The ways back to Draft: Send back, Withdraw, Unschedule, Restore from archive. Each is its own small form
/// on the editor page; the article's own methods decide who may (a refusal is 403 and changes nothing).
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class WaysBackController(WaysBack waysBack, DeskModels desk) : Controller
{
    [HttpPost("/admin/articles/{id:int}/send-back")]
    public Task<IActionResult> SendBack(int id, NoteInput input, CancellationToken cancellationToken) =>
        TakeAsync(id, WayBack.SendBack, input.Note, "Sent back to the reporter with your note.", cancellationToken);

    [HttpPost("/admin/articles/{id:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken) =>
        TakeAsync(id, WayBack.Withdraw, null, "Withdrawn: the story is your draft again.", cancellationToken);

    [HttpPost("/admin/articles/{id:int}/unschedule")]
    public Task<IActionResult> Unschedule(int id, CancellationToken cancellationToken) =>
        TakeAsync(id, WayBack.Unschedule, null, "Unscheduled: the story is a draft again and will not go out.", cancellationToken);

    [HttpPost("/admin/articles/{id:int}/restore-from-archive")]
    public Task<IActionResult> RestoreFromArchive(int id, CancellationToken cancellationToken) =>
        TakeAsync(id, WayBack.RestoreFromArchive, null, "Restored from the archive as a draft.", cancellationToken);

    private async Task<IActionResult> TakeAsync(int id, WayBack way, string? note, string notice, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        switch (await waysBack.TakeAsync(actor, id, way, note, cancellationToken))
        {
            case WayBackOutcome.NotFound:
                return NotFound();
            case WayBackOutcome.Forbidden:
                return Forbid();
            case WayBackOutcome.NoteRefused:
                ModelState.AddModelError(nameof(NoteInput.Note), EditorialNotes.Check(note) + " A story is sent back with a note saying what to change.");
                var model = await desk.EditorWithNoteAsync(id, actor, note, cancellationToken);
                return model is null ? NotFound() : this.EditorView(model);
            default:
                TempData["Notice"] = notice;
                return Redirect($"/admin/articles/{id}/edit");
        }
    }
}
