using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Comments;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Moderation.Models;

namespace NewsCms.Web.Areas.Moderation.Controllers;

/// <summary>Pages about one comment: ban its sender, correct its text.</summary>
[Area("Moderation")]
[Authorize(Policy = nameof(Capability.ModerateComments))]
public sealed class CommentPagesController(
    QueueReader queue, CommentModeration moderation, CommentEditing editing, TimeProvider clock, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/moderation/comments/{id:int}/ban")]
    public Task<IActionResult> Ban(int id, CancellationToken cancellationToken) => BanPageAsync(id, new BanInput(), cancellationToken);

    [HttpPost("/moderation/comments/{id:int}/ban")]
    public async Task<IActionResult> Ban(int id, BanInput input, CancellationToken cancellationToken)
    {
        var until = input.Until is { } day ? newsroom.StartOf(day) : (DateTimeOffset?)null;
        if (until <= clock.GetUtcNow())
            ModelState.AddModelError($"{nameof(BanPageViewModel.Input)}.{nameof(BanInput.Until)}", "Choose a day in the future, or leave it empty for a permanent ban.");
        if (input.Scope is null)
            ModelState.AddModelError($"{nameof(BanPageViewModel.Input)}.{nameof(BanInput.ByEmail)}", "Ban the email address, the network address, or both.");
        if (!ModelState.IsValid)
            return await BanPageAsync(id, input, cancellationToken);
        if (!await moderation.BanSenderAsync(id, input.Scope!.Value, input.Reason!, until, User.ToActor(), cancellationToken))
        {
            ModelState.AddModelError($"{nameof(BanPageViewModel.Input)}.{nameof(BanInput.ByEmail)}", "This comment has no email address to ban; ban the network address.");
            return await BanPageAsync(id, input, cancellationToken);
        }

        TempData["Notice"] = "The sender is banned.";
        return Redirect("/moderation/bans");
    }

    [HttpGet("/moderation/comments/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await queue.RowAsync(id, cancellationToken) is { } row
            ? await TextPageAsync(row, new CommentTextInput { Body = row.Body }, cancellationToken)
            : NotFound();

    [HttpPost("/moderation/comments/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CommentTextInput input, CancellationToken cancellationToken)
    {
        if (await queue.RowAsync(id, cancellationToken) is not { } row)
            return NotFound();
        if (!ModelState.IsValid)
            return await TextPageAsync(row, input, cancellationToken);
        await editing.EditAsync(id, input.Body!, User.ToActor(), cancellationToken);
        TempData["Notice"] = "The comment's text is changed; the original is kept in the moderation log.";
        return Redirect($"/moderation?status={row.Status}#queue-{id}");
    }

    private async Task<IActionResult> BanPageAsync(int id, BanInput input, CancellationToken cancellationToken)
    {
        if (await queue.RowAsync(id, cancellationToken) is not { } row)
            return NotFound();
        return View("Ban", new BanPageViewModel(row, input) { StateCounts = await moderation.CountByStateAsync(cancellationToken) });
    }

    private async Task<IActionResult> TextPageAsync(QueueRow row, CommentTextInput input, CancellationToken cancellationToken) =>
        View("Edit", new CommentTextPageViewModel(row, input) { StateCounts = await moderation.CountByStateAsync(cancellationToken) });
}
