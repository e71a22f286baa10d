using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

public sealed class HomeController(NewsDbContext db, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Front])]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
            return NotFound();

        // One query: this page's stories plus one more, which tells whether an older page exists.
        var size = newsroom.PageSize;
        var rows = await db.Articles.AsNoTracking()
            .Published()
            .NewestFirst()
            .Skip((page - 1) * size)
            .Take(size + 1)
            .Select(ArticleCardRow.FromArticle)
            .ToListAsync(cancellationToken);
        var cards = rows.ConvertAll(r => r.ToCard());

        if (cards.Count == 0 && page > 1)
            return NotFound();

        var pager = new PagerViewModel("/", page, cards.Count > size);
        var shown = cards.Take(size).ToList();
        var lead = page == 1 ? shown.FirstOrDefault() : null;
        return View(new FrontPageViewModel(lead, lead is null ? shown : shown.Skip(1).ToList(), pager));
    }
}
