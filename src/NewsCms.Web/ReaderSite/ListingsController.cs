using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

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
            .Select(WithStories<Section>((s, a) => a.SectionId == s.Id, (s, stories) => new Found(PublicPageTags.Section(s.Id), s.Name, null, stories), page))
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
            .Select(WithStories<Tag>((t, a) => a.Tags.Any(x => x.Id == t.Id), (t, stories) => new Found(PublicPageTags.Tag(t.Id), t.Name, null, stories), page))
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
            .Select(WithStories<StaffUser>((u, a) => a.Authors.Any(x => x.UserId == u.Id), (u, stories) => new Found(PublicPageTags.Author(u.Id), u.DisplayName, u.Bio, stories), page))
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

    /// <summary>
    /// The listing's row with its page of stories, newest first, one more than shown (which tells whether an
    /// older page exists). The page query is written once here and spliced into each listing's projection as
    /// a subquery correlated on the owner (<paramref name="inListing"/>), so the page stays one round trip and
    /// PostgreSQL walks the owner's own index: a subquery that looked the owner up again by slug let it walk
    /// the whole archive for a small section.
    /// </summary>
    private Expression<Func<TOwner, Found>> WithStories<TOwner>(
        Expression<Func<TOwner, Article, bool>> inListing, Expression<Func<TOwner, List<ArticleCardRow>, Found>> found, int page)
    {
        var owner = inListing.Parameters[0];
        var stories = db.Articles
            .Where(Expression.Lambda<Func<Article, bool>>(inListing.Body, inListing.Parameters[1]))
            .Published().NewestFirst()
            .Skip((page - 1) * Size).Take(Size + 1)
            .Select(ArticleCardRow.FromArticle);
        var list = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(ArticleCardRow)], stories.Expression);
        var body = ReplacingExpressionVisitor.Replace(found.Parameters[1], list, found.Body);
        return Expression.Lambda<Func<TOwner, Found>>(ReplacingExpressionVisitor.Replace(found.Parameters[0], owner, body), owner);
    }

    private sealed record Found(string CacheTag, string Name, string? Bio, List<ArticleCardRow> Rows);
}
