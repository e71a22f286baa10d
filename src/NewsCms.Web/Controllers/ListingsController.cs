using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Caching;
using NewsCms.Web.Models;

namespace NewsCms.Web.Controllers;

/// <summary>
/// /section/{slug}, /tag/{slug}, /author/{slug}. Each page is one round trip: the listing's own row with
/// its page of stories (one more than shown, which tells whether an older page exists) as a subquery.
/// An unknown slug or a page past the end is 404; a listing with no stories yet is a friendly page.
/// </summary>
public sealed class ListingsController(NewsDbContext db, NewsroomOptions newsroom) : Controller
{
    private int Size => newsroom.PageSize;

    [HttpGet("/section/{slug}")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Section(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
            return NotFound();
        var found = await db.Sections.AsNoTracking()
            .Where(s => s.Slug == slug)
            .Select(s => new Found(PublicPageTags.Section(s.Id), s.Name, null, db.Articles.Where(a => a.SectionId == s.Id && a.Status == ArticleStatus.Published)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip(Skip(page)).Take(Size + 1).Select(ArticleCardRow.FromArticle).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return Show(found, "Section", $"/section/{slug}", page, withFeeds: true);
    }

    [HttpGet("/tag/{slug}")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Tag(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
            return NotFound();
        var found = await db.Tags.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new Found(PublicPageTags.Tag(t.Id), t.Name, null, db.Articles.Where(a => a.Tags.Any(x => x.Id == t.Id) && a.Status == ArticleStatus.Published)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip(Skip(page)).Take(Size + 1).Select(ArticleCardRow.FromArticle).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return Show(found, "Tag", $"/tag/{slug}", page, withFeeds: false);
    }

    [HttpGet("/author/{slug}")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Author(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
            return NotFound();
        var found = await db.Users.AsNoTracking()
            .Where(u => u.AuthorSlug == slug)
            .Select(u => new Found(PublicPageTags.Author(u.Id), u.DisplayName, u.Bio, db.Articles.Where(a => a.Authors.Any(x => x.UserId == u.Id) && a.Status == ArticleStatus.Published)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Skip(Skip(page)).Take(Size + 1).Select(ArticleCardRow.FromArticle).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return Show(found, "Author", $"/author/{slug}", page, withFeeds: false);
    }

    private IActionResult Show(Found? found, string kind, string path, int page, bool withFeeds)
    {
        if (found is null || (found.Rows.Count == 0 && page > 1))
            return NotFound();
        HttpContext.TagPublicPage(found.CacheTag);
        var cards = found.Rows.Take(Size).Select(r => r.ToCard()).ToList();
        return View("Listing", new ListingViewModel(kind, found.Name, found.Bio, cards, new PagerViewModel(path, page, found.Rows.Count > Size))
        {
            FeedUrl = withFeeds ? $"{path}/feed.xml" : null,
            AtomUrl = withFeeds ? $"{path}/atom.xml" : null,
        });
    }

    private int Skip(int page) => (page - 1) * Size;

    // The subqueries spell out Published() and NewestFirst(): EF translates only what it can see inside a Select.


    private sealed record Found(string CacheTag, string Name, string? Bio, List<ArticleCardRow> Rows);
}
