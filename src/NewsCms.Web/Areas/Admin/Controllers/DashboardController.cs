using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
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
        var now = clock.GetUtcNow();
        var articles = db.Articles.AsNoTracking();
        var me = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        var model = new DashboardViewModel(
            me,
            await Rows(articles.Where(a => a.CreatedById == actor.UserId && a.Status == ArticleStatus.Draft).OrderByDescending(a => a.UpdatedAt), cancellationToken),
            await Rows(articles.Where(a => a.Status == ArticleStatus.InReview).OrderByDescending(a => a.UpdatedAt), cancellationToken),
            await Rows(articles.Where(a => a.Status == ArticleStatus.Scheduled && a.ScheduledAt <= now.AddHours(24)).OrderBy(a => a.ScheduledAt), cancellationToken),
            await Rows(articles.Published().NewestFirst(), cancellationToken));
        return View(model);
    }

    private static async Task<IReadOnlyList<ArticleRowViewModel>> Rows(IQueryable<Article> query, CancellationToken cancellationToken) =>
        await query.Take(ListSize).Select(ArticleRows.Projection).ToListAsync(cancellationToken);
}
