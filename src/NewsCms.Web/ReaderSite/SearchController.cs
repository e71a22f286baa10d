using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsCms.Core.Caching;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Search;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// /search?q=: always a page, never an error. An empty query shows the form; a very long one is cut to
/// Search:MaxQueryLength; whatever the words (quotes, OR, -word, SQL's own characters) they reach PostgreSQL
/// as a parameter of websearch_to_tsquery, which has no syntax errors.
/// </summary>
public sealed class SearchController(ArticleSearch search, IOptions<SearchOptions> options, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Search])]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        if (Paging.IsOutOfRange(page, newsroom.PageSize))
            return NotFound();
        var query = SearchQuery.Normalize(q, options.Value.MaxQueryLength);
        var results = await search.SearchAsync(query, page, newsroom.PageSize, cancellationToken);
        var hits = results.Hits
            .Select(h => new SearchResultViewModel(
                new ArticleCardViewModel(h.Headline, ArticleUrl.For(h.PublishedOn, h.Slug), SearchSnippet.OpensWith(h.SnippetHtml, h.Summary) ? null : h.Summary, h.Byline, h.SectionName, h.PublishedAt) { SectionSlug = h.SectionSlug },
                h.SnippetHtml))
            .ToList();
        var pager = new PagerViewModel($"/search?q={Uri.EscapeDataString(query)}", page, results.HasMore);
        var shortened = (q?.Trim().Length ?? 0) > options.Value.MaxQueryLength;

        // Result pages are for people; crawlers following search links would only index noise.
        Response.Headers["X-Robots-Tag"] = "noindex";
        return View(new SearchPageViewModel(query, shortened, hits, results.Approximate, pager) { Total = results.Total, TotalIsCapped = results.TotalIsCapped });
    }
}
