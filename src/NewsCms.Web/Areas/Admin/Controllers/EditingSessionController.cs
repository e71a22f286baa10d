using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Articles;
using NewsCms.Core.Editing;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// The editor's background calls (wwwroot/js/editor-session.js): the lock's heartbeat and the autosave,
/// plus the `Take over` button, which works without script.
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class EditingSessionController(EditingSessions sessions, ArticleEditorModels models) : Controller
{
    [HttpPost("/admin/articles/{id:int}/lock/heartbeat")]
    public async Task<IActionResult> Heartbeat(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refused)
            return refused;
        var holder = await sessions.BeatAsync(User.ToActor(), id, cancellationToken);
        return Json(new { heldByOther = holder is not null, holder = holder?.DisplayName });
    }

    [HttpPost("/admin/articles/{id:int}/lock/take-over")]
    public async Task<IActionResult> TakeOver(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refused)
            return refused;
        await sessions.TakeOverAsync(User.ToActor(), id, cancellationToken);
        TempData["Notice"] = "You are editing this article now.";
        return Redirect($"/admin/articles/{id}/edit");
    }

    /// <summary>Saves the posted form's fields to the person's own slot, never to the article.</summary>
    [HttpPost("/admin/articles/{id:int}/autosave")]
    public async Task<IActionResult> Autosave(int id, CancellationToken cancellationToken)
    {
        if (await EditableAsync(id, cancellationToken) is { } refused)
            return refused;
        var fields = Request.Form
            .Where(f => AutosaveFields.Names.Contains(f.Key))
            .ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray());
        var json = JsonSerializer.Serialize(fields);
        if (json.Length > Core.Editing.Autosave.FieldsMaxLength)
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        await sessions.AutosaveAsync(User.ToActor(), id, json, cancellationToken);
        return NoContent();
    }

    private async Task<IActionResult?> EditableAsync(int id, CancellationToken cancellationToken)
    {
        var article = await models.LoadAsync(id, cancellationToken);
        if (article is null)
            return NotFound();
        return ArticleWorkflow.CanEdit(article, User.ToActor()) ? null : Forbid();
    }
}
