using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Moderation.Models;

namespace NewsCms.Web.Areas.Moderation.Controllers;

/// <summary>/moderation/bans: the bans still biting — who, why, until when, by whom — each with <c>Lift ban</c>.</summary>
[Area("Moderation")]
[Authorize(Policy = nameof(Capability.ModerateComments))]
public sealed class BansController(CommentBans bans, CommentModeration moderation) : Controller
{
    [HttpGet("/moderation/bans")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new BansViewModel(await bans.ActiveAsync(cancellationToken)) { StateCounts = await moderation.CountByStateAsync(cancellationToken) });

    [HttpPost("/moderation/bans/{id:int}/lift")]
    public async Task<IActionResult> Lift(int id, CancellationToken cancellationToken)
    {
        if (!await bans.LiftAsync(id, User.ToActor(), cancellationToken))
            return NotFound();
        TempData["Notice"] = "The ban is lifted.";
        return Redirect("/moderation/bans");
    }
}
