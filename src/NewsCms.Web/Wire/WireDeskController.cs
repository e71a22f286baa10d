using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Staff;
using NewsCms.Core.Wire;

namespace NewsCms.Web.Wire;

/// <summary>
/// The Incoming desk at /admin/wire. Anyone who writes may read it and `Use` an item (a draft of their own, in
/// the normal workflow); `Publish now` and `Dismiss` are the editors' (see docs/wire.md).
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
[Route("admin/wire")]
public sealed class WireDeskController(WireDesk desk, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var rows = await desk.WaitingAsync(page, cancellationToken);
        var canPublish = (await authorization.AuthorizeAsync(User, nameof(Capability.PublishArticles))).Succeeded;
        return View("~/Wire/Views/WireDesk/Index.cshtml", new WireDeskViewModel(rows, Math.Max(page, 1), rows.Count == WireDesk.PageSize, canPublish));
    }

    [HttpPost("{id:long}/use")]
    public async Task<IActionResult> Use(long id, CancellationToken cancellationToken) =>
        Answer(await desk.UseAsync(User.ToActor(), id, cancellationToken), articleId => $"/admin/articles/{articleId}/edit", "Draft made from the agency item.");

    [HttpPost("{id:long}/publish")]
    [Authorize(Policy = nameof(Capability.PublishArticles))]
    public async Task<IActionResult> PublishNow(long id, CancellationToken cancellationToken) =>
        Answer(await desk.PublishNowAsync(User.ToActor(), id, cancellationToken), _ => "/admin/wire", "Published.");

    [HttpPost("{id:long}/dismiss")]
    [Authorize(Policy = nameof(Capability.PublishArticles))]
    public async Task<IActionResult> Dismiss(long id, CancellationToken cancellationToken) =>
        Answer(await desk.DismissAsync(User.ToActor(), id, cancellationToken), _ => "/admin/wire", "Dismissed.");

    private IActionResult Answer(WireDeskResult result, Func<int?, string> then, string notice)
    {
        switch (result.Outcome)
        {
            case WireDeskOutcome.NotFound:
                return NotFound();
            case WireDeskOutcome.Forbidden:
                return Forbid();
            case WireDeskOutcome.Embargoed:
                TempData["Notice"] = result.Message;
                return Redirect("/admin/wire");
            default:
                TempData["Notice"] = notice;
                return Redirect(then(result.ArticleId));
        }
    }
}

public sealed record WireDeskViewModel(IReadOnlyList<WireDeskRow> Rows, int Page, bool HasOlder, bool CanPublish);
