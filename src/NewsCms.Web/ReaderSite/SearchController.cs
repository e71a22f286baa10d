using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Search;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// /search?q=: always a page, never an error. An empty query shows the form; a very long one is cut to
/// Search:MaxQueryLength; whatever the words (quotes, OR, -word, SQL's own characters) they reach PostgreSQL
/// as a parameter of websearch_to_tsquery, which has no syntax errors.
/// </summary>
public sealed class SearchController(ArticleSearch search, NewsDbContext db, IOptions<SearchOptions> options, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Search])]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        if (Paging.IsOutOfRange(page, newsroom.PageSize))
            return NotFound();
        var query = SearchQuery.Normalize(q, options.Value.MaxQueryLength);
        var results = await search.SearchAsync(query, page, newsroom.PageSize, cancellationToken);
        var pictures = await LeadImagesAsync(results.Hits.Select(h => h.ArticleId), cancellationToken);
        var hits = results.Hits
            .Select(h => new SearchResultViewModel(
                new ArticleCardViewModel(h.Headline, ArticleUrl.For(h.PublishedOn, h.Slug), SearchSnippet.OpensWith(h.SnippetHtml, h.Summary) ? null : h.Summary, h.Byline, h.SectionName, h.PublishedAt,
                    pictures.GetValueOrDefault(h.ArticleId)) { SectionSlug = h.SectionSlug },
                h.SnippetHtml))
            .ToList();
        var pager = new PagerViewModel($"/search?q={Uri.EscapeDataString(query)}", page, results.HasMore);
        var shortened = (q?.Trim().Length ?? 0) > options.Value.MaxQueryLength;

        // Result pages are for people; crawlers following search links would only index noise.
        Response.Headers["X-Robots-Tag"] = "noindex";
        return View(new SearchPageViewModel(query, shortened, hits, results.Approximate, pager) { Total = results.Total, TotalIsCapped = results.TotalIsCapped });
    }

    /// <summary>The results' lead images, for cards like the listings' (one query for the page).</summary>
    private async Task<Dictionary<int, PictureRef>> LeadImagesAsync(IEnumerable<int> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.ToList();
        if (ids.Count == 0)
            return [];
        return await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.LeadImage != null)
            .Select(a => new { a.Id, Picture = new PictureRef(a.LeadImage!.Id, a.LeadImage.Width, a.LeadImage.Height, a.LeadImage.FocalX, a.LeadImage.FocalY, a.LeadImage.ContentHash, a.LeadImage.AltText, a.LeadImage.Caption, a.LeadImage.Credit) })
            .ToDictionaryAsync(r => r.Id, r => r.Picture, cancellationToken);
    }
}
