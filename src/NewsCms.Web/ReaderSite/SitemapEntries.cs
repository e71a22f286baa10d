using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// What the sitemaps list: the listing pages (front page, sections, tags, authors), then every published
/// story in a stable order, so /sitemap-N.xml pages of a large site cover each URL exactly once.
/// </summary>
public sealed class SitemapEntries(NewsDbContext db)
{
    public async Task<List<string>> ListingPathsAsync(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Slug).Select(s => "/section/" + s.Slug).ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Slug).Select(t => "/tag/" + t.Slug).ToListAsync(cancellationToken);
        var authors = await db.Users.AsNoTracking()
            .Where(u => u.AuthorSlug != "" && db.Articles.Any(a => a.Status == ArticleStatus.Published && a.Authors.Any(x => x.UserId == u.Id)))
            .OrderBy(u => u.AuthorSlug).Select(u => "/author/" + u.AuthorSlug).ToListAsync(cancellationToken);
        return ["/", .. sections, .. tags, .. authors];
    }

    public Task<int> ArticleCountAsync(CancellationToken cancellationToken) =>
        db.Articles.Published().CountAsync(cancellationToken);

    public async Task<List<SitemapUrl>> ArticlesAsync(string baseUrl, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().Published()
            .OrderBy(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new { PublishedOn = a.PublishedOn!.Value, a.Slug, UpdatedAt = a.ModifiedAt ?? a.PublishedAt!.Value })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new SitemapUrl(baseUrl + ArticleUrl.For(r.PublishedOn, r.Slug), r.UpdatedAt)).ToList();
    }

    public async Task<List<NewsSitemapUrl>> PublishedSinceAsync(string baseUrl, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Google News reads at most 1,000 URLs from a news sitemap.
        var rows = await db.Articles.AsNoTracking().Published()
            .Where(a => a.PublishedAt >= since)
            .NewestFirst().Take(1000)
            .Select(a => new { PublishedOn = a.PublishedOn!.Value, a.Slug, a.Headline, PublishedAt = a.PublishedAt!.Value })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new NewsSitemapUrl(baseUrl + ArticleUrl.For(r.PublishedOn, r.Slug), r.Headline, r.PublishedAt)).ToList();
    }
}
