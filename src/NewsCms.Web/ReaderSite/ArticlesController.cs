using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

public sealed class ArticlesController(ArticlePageQuery query) : Controller
{
    [HttpGet("/{year:int:range(1000,9999)}/{month:int:range(1,12)}/{day:int:range(1,31)}/{slug}")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Show(int year, int month, int day, string slug, [FromQuery] string? comment, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", out var publishedOn))
            return NotFound();
        var page = await query.FindAsync(publishedOn, slug, comment == "posted", cancellationToken);
        if (page is null)
            return NotFound();
        HttpContext.TagPublicPage(PublicPageTags.Article(page.ArticleId));
        return page.Status switch
        {
            ArticleStatus.Unpublished => StatusCode(StatusCodes.Status410Gone),
            ArticleStatus.TakenDown => TakenDown(page.TakedownReason),
            _ => View(page.Model),
        };
    }

    /// <summary>A takedown: 410 Gone, with the short public reason the editor gave (docs/editorial-record.md).</summary>
    private ViewResult TakenDown(string? reason)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("TakenDown", reason ?? "");
    }
}
