using NewsCms.Core.Articles;

namespace NewsCms.Core.Media;

/// <summary>Which stories use a picture, as lead or in the body: the one rule behind "unused" in the library and the delete check.</summary>
public static class MediaUsage
{
    public static IQueryable<Article> Using(this IQueryable<Article> articles, int mediaId) =>
        articles.Where(a => a.LeadImageId == mediaId || a.BodyMediaIds.Contains(mediaId));

    public static IQueryable<MediaItem> Unused(this IQueryable<MediaItem> media, IQueryable<Article> articles) =>
        media.Where(m => !articles.Any(a => a.LeadImageId == m.Id || a.BodyMediaIds.Contains(m.Id)));
}
