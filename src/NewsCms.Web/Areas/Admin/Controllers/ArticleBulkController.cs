using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Desk;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// Bulk actions on the article list: each ticked story goes through its own transition rule (a refusal names
/// the story and why; the others go through). Archive and Unpublish show an "Are you sure" page first when
/// the form comes without script; with script the list page asks in a dialog and posts confirmed.
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class ArticleBulkController(BulkActions bulk, NewsDbContext db) : Controller
{
    private const string List = "/admin/articles";

    [HttpPost("/admin/articles/bulk")]
    public async Task<IActionResult> Apply(BulkActionInput input, CancellationToken cancellationToken)
    {
        if (!BulkButtons.TryParse(input.Bulk, out var action) || input.Ids.Length > BulkActions.MaxStories || !ModelState.IsValid)
            return BadRequest();
        var back = input.Back is { } asked && asked.StartsWith(List, StringComparison.Ordinal) && Url.IsLocalUrl(asked) ? asked : List;
        if (input.Ids.Length == 0)
        {
            TempData["Notice"] = "Nothing was changed: tick the stories first.";
            return Redirect(back);
        }

        if (action == BulkAction.MoveToSection && input.TargetSection is { } section
            && !await db.Sections.AnyAsync(s => s.Id == section, cancellationToken))
            return BadRequest();
        if (BulkButtons.MissingTarget(action, input.Target) is { } missing)
        {
            TempData["Notice"] = missing;
            return Redirect(back);
        }

        if (BulkButtons.AsksFirst(action) && !input.Confirmed)
        {
            var ids = input.Ids.Distinct().ToList();
            var headlines = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id)
                .Select(a => a.Headline == "" ? "(untitled)" : a.Headline).ToListAsync(cancellationToken);
            return View("Confirm", new BulkConfirmationViewModel(input with { Ids = [.. ids], Back = back }, BulkButtons.Label(action), BulkButtons.Explanation(action), headlines, back));
        }

        var result = await bulk.ApplyAsync(User.ToActor(), input.Ids, action, cancellationToken, input.Target);
        TempData["Notice"] = BulkButtons.Summary(result);
        return Redirect(back);
    }
}
