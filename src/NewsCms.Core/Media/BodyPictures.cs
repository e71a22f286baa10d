using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Markdown;

namespace NewsCms.Core.Media;

/// <summary>The library facts of the pictures one body places, read before the (synchronous) Markdown render.</summary>
public sealed class BodyPictures(IReadOnlyDictionary<int, PictureRef> pictures, IReadOnlyList<int> widths)
{
    public static readonly BodyPictures None = new(new Dictionary<int, PictureRef>(), [320]);

    public IReadOnlyList<int> Widths => widths;

    public PictureRef? Find(int id) => pictures.GetValueOrDefault(id);

    public IEnumerable<int> Missing(IEnumerable<int> ids) => ids.Where(id => !pictures.ContainsKey(id));
}

/// <summary>
/// Renders article bodies with their pictures: the one way the editor, the importer, a restored revision and
/// a picture's new description turn Markdown into stored HTML.
/// </summary>
public sealed class BodyRenderer(NewsDbContext db, MarkdownRenderer renderer, IOptions<MediaOptions> options)
{
    public async Task<BodyPictures> PicturesForAsync(string markdown, CancellationToken cancellationToken)
    {
        var ids = MarkdownRenderer.PictureIds(markdown);
        var found = ids.Count == 0
            ? []
            : await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id))
                .Select(m => new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, m.AltText, m.Caption, m.Credit))
                .ToListAsync(cancellationToken);
        return new BodyPictures(found.ToDictionary(p => p.Id), options.Value.RenditionWidths);
    }

    public async Task<string> RenderAsync(string markdown, string? dateline, CancellationToken cancellationToken) =>
        renderer.Render(markdown, dateline, await PicturesForAsync(markdown, cancellationToken));

    /// <summary>
    /// After a picture's alt text, caption, credit or focal point changed: every story placing it in its body is
    /// rendered again (the stored HTML holds those words and the crop URLs). The save evicts their pages.
    /// </summary>
    public async Task<int> RerenderUsersOfAsync(int mediaId, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.Where(a => a.BodyMediaIds.Contains(mediaId)).ToListAsync(cancellationToken);
        foreach (var article in articles)
            article.SetBody(article.BodyMarkdown, await RenderAsync(article.BodyMarkdown, article.Dateline?.ToString(), cancellationToken), article.Excerpt);
        await db.SaveChangesAsync(cancellationToken);
        return articles.Count;
    }
}
