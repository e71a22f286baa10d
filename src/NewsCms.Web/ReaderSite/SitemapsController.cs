using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsCms.Core.Caching;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

/// <summary>/sitemap.xml (an index of /sitemap-N.xml once over PublicSite:SitemapUrlsPerFile URLs), /news-sitemap.xml, /robots.txt.</summary>
public sealed class SitemapsController(SitemapEntries entries, NewsroomOptions newsroom, IOptions<PublicSiteOptions> site, TimeProvider clock) : Controller
{
    private const string Xml = "application/xml; charset=utf-8";

    private int PerFile => site.Value.SitemapUrlsPerFile;

    private string BaseUrl => site.Value.BaseUrl(Request);

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Sitemaps])]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var listings = await entries.ListingPathsAsync(cancellationToken);
        var total = listings.Count + await entries.ArticleCountAsync(cancellationToken);
        if (total <= PerFile)
            return File(SitemapWriter.UrlSet(await PageAsync(listings, 1, cancellationToken)), Xml);

        var pages = (total + PerFile - 1) / PerFile;
        var locations = Enumerable.Range(1, pages).Select(n => string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/sitemap-{n}.xml"));
        return File(SitemapWriter.Index(locations, null), Xml);
    }

    [HttpGet("/sitemap-{page:int}.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Sitemaps])]
    public async Task<IActionResult> SitemapPage(int page, CancellationToken cancellationToken)
    {
        if (page < 1)
            return NotFound();
        var urls = await PageAsync(await entries.ListingPathsAsync(cancellationToken), page, cancellationToken);
        return urls.Count == 0 ? NotFound() : File(SitemapWriter.UrlSet(urls), Xml);
    }

    [HttpGet("/news-sitemap.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Sitemaps])]
    public async Task<IActionResult> News(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-2);
        var urls = await entries.PublishedSinceAsync(BaseUrl, since, cancellationToken);
        return File(SitemapWriter.News(urls, newsroom.Name, site.Value.Language), Xml);
    }

    [HttpGet("/robots.txt")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public IActionResult Robots() => Content(
        $"""
        User-agent: *
        Allow: /
        Disallow: /admin/
        Disallow: /moderation/
        Disallow: /account/
        Disallow: /search

        Sitemap: {BaseUrl}/sitemap.xml
        Sitemap: {BaseUrl}/news-sitemap.xml

        """,
        "text/plain; charset=utf-8");

    /// <summary>Page N of the listings followed by the stories: listings fill the first page(s), stories follow in id order.</summary>
    private async Task<List<SitemapUrl>> PageAsync(List<string> listings, int page, CancellationToken cancellationToken)
    {
        var start = (page - 1) * PerFile;
        var urls = listings.Skip(start).Take(PerFile).Select(p => new SitemapUrl(BaseUrl + p, null)).ToList();
        var articleSkip = Math.Max(0, start - listings.Count);
        urls.AddRange(await entries.ArticlesAsync(BaseUrl, articleSkip, PerFile - urls.Count, cancellationToken));
        return urls;
    }
}
