using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class DashboardController(NewsDbContext db, TimeProvider clock) : Controller
{
    private const int ListSize = 10;

    [HttpGet("/admin")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var me = actor.UserId;
        var now = clock.GetUtcNow();
        var articles = db.Articles.AsNoTracking();
        var mine = articles.Where(a => a.CreatedById == me || a.Authors.Any(x => x.UserId == me));
        var log = db.ActivityLog;
        var name = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var model = new DashboardViewModel(
            name,
            await Rows(articles.Where(a => a.CreatedById == me && a.Status == ArticleStatus.Draft).OrderByDescending(a => a.UpdatedAt), cancellationToken),

            // Sent back and not yet resubmitted: a draft of mine whose latest workflow line in the activity log is
            // a Send back (a save writes no line, so working on it keeps it here until it is submitted again).
            await Rows(mine.Where(a => a.Status == ArticleStatus.Draft
                    && log.Where(e => e.ArticleId == a.Id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.Action).FirstOrDefault() == ActivityAction.SentBack)
                .OrderByDescending(a => log.Where(e => e.ArticleId == a.Id && e.Action == ActivityAction.SentBack).Max(e => e.At)), cancellationToken),

            // Waiting since it was last submitted (an edit while in review does not reset the wait), oldest first.
            await Rows(articles.Where(a => a.Status == ArticleStatus.InReview)
                .OrderBy(a => log.Where(e => e.ArticleId == a.Id && e.Action == ActivityAction.Submitted).Max(e => (DateTimeOffset?)e.At) ?? a.UpdatedAt)
                .ThenBy(a => a.Id), cancellationToken),
            await Rows(articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAt <= now.AddDays(7)).OrderBy(a => a.ScheduledAt), cancellationToken),
            await Rows(articles.Published().NewestFirst(), cancellationToken));
        return View(model);
    }

    private static async Task<IReadOnlyList<ArticleRowViewModel>> Rows(IQueryable<Article> query, CancellationToken cancellationToken) =>
        await query.Take(ListSize).Select(ArticleRows.Projection).ToListAsync(cancellationToken);
}
