using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Every article in the newsroom, whoever wrote it; opening one for editing is where rights are checked.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class ArticleListController(NewsDbContext db, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/admin/articles")]
    public async Task<IActionResult> Index(ArticleStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
            return NotFound();

        var articles = db.Articles.AsNoTracking();
        if (status is { } wanted)
            articles = articles.Where(a => a.Status == wanted);
        var search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (search is not null)
            articles = articles.HeadlineContains(search);

        // This page's rows plus one more, which tells whether an older page exists.
        var size = newsroom.PageSize;
        var rows = await articles.RecentlyChangedFirst()
            .Skip((page - 1) * size)
            .Take(size + 1)
            .Select(ArticleRows.Projection)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 && page > 1)
            return NotFound();

        var filter = new Dictionary<string, string?> { ["status"] = status?.ToString(), ["q"] = search };
        var path = "/admin/articles" + QueryString.Create(filter.Where(pair => pair.Value is not null));
        return View(new ArticleListViewModel(status, search, rows.Take(size).ToList(), new PagerViewModel(path, page, rows.Count > size)));
    }
}
