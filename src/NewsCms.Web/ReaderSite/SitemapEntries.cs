using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Web.Media;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// What the sitemaps list: the listing pages (front page, sections, tags, authors), then every published
/// story in a stable order, so /sitemap-N.xml pages of a large site cover each URL exactly once.
/// </summary>
public sealed class SitemapEntries(NewsDbContext db, PictureMarkup pictures)
{
    /// <summary>
    /// The listing pages with their site-relative paths, each with the newest change of what it lists (a story
    /// published or modified, a correction). A listing with nothing in it yet takes the site's newest change.
    /// </summary>
    public async Task<List<SitemapUrl>> ListingsAsync(CancellationToken cancellationToken)
    {
        var published = db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);
        var newest = await published.MaxAsync(a => (DateTimeOffset?)(a.ModifiedAt ?? a.PublishedAt), cancellationToken);
        var corrected = await db.Corrections.AsNoTracking()
            .Where(c => c.Article!.Status == ArticleStatus.Published)
            .MaxAsync(c => (DateTimeOffset?)c.At, cancellationToken);
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Slug)
            .Select(s => new SitemapUrl("/section/" + s.Slug, published.Where(a => a.SectionId == s.Id).Max(a => (DateTimeOffset?)(a.ModifiedAt ?? a.PublishedAt))))
            .ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Slug)
            .Select(t => new SitemapUrl("/tag/" + t.Slug, published.Where(a => a.Tags.Any(x => x.Id == t.Id)).Max(a => (DateTimeOffset?)(a.ModifiedAt ?? a.PublishedAt))))
            .ToListAsync(cancellationToken);
        var authors = await db.Users.AsNoTracking()
            .Where(u => u.AuthorSlug != "" && published.Any(a => a.Authors.Any(x => x.UserId == u.Id)))
            .OrderBy(u => u.AuthorSlug)
            .Select(u => new SitemapUrl("/author/" + u.AuthorSlug, published.Where(a => a.Authors.Any(x => x.UserId == u.Id)).Max(a => (DateTimeOffset?)(a.ModifiedAt ?? a.PublishedAt))))
            .ToListAsync(cancellationToken);
        List<SitemapUrl> listings = [new("/", newest), new("/corrections", corrected ?? newest), .. sections, .. tags, .. authors];
        return listings.ConvertAll(l => l with { LastModified = l.LastModified ?? newest });
    }

    public Task<int> ArticleCountAsync(CancellationToken cancellationToken) =>
        db.Articles.Published().CountAsync(cancellationToken);

    public async Task<List<SitemapUrl>> ArticlesAsync(string baseUrl, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Articles.AsNoTracking().Published()
            .OrderBy(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new { PublishedOn = a.PublishedOn!.Value, a.Slug, UpdatedAt = a.ModifiedAt ?? a.PublishedAt!.Value, a.LeadImageId, a.BodyMediaIds })
            .ToListAsync(cancellationToken);
        var images = await ImagesAsync(rows.SelectMany(r => r.BodyMediaIds.Prepend(r.LeadImageId ?? 0)), baseUrl, cancellationToken);
        return rows.Select(r => new SitemapUrl(baseUrl + ArticleUrl.For(r.PublishedOn, r.Slug), r.UpdatedAt)
        {
            Images = [.. r.BodyMediaIds.Prepend(r.LeadImageId ?? 0).Distinct().Where(images.ContainsKey).Select(id => images[id])],
        }).ToList();
    }

    /// <summary>Each picture's whole frame at its largest width (JPEG), read for a sitemap page in one query.</summary>
    private async Task<Dictionary<int, string>> ImagesAsync(IEnumerable<int> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => id > 0).Distinct().ToList();
        var found = await db.MediaItems.AsNoTracking().Where(m => wanted.Contains(m.Id))
            .Select(m => new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, null, null, null))
            .ToListAsync(cancellationToken);
        return found.ToDictionary(p => p.Id, p => baseUrl + pictures.Largest(p, MediaCrop.Original));
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
