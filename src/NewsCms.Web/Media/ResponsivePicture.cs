using Microsoft.Extensions.Options;
using NewsCms.Core.Media;

namespace NewsCms.Web.Media;

/// <summary>A picture ready for a &lt;picture&gt; element: WebP with a JPEG fallback, widths, and the box it fills.</summary>
public sealed record ResponsivePicture(
    string WebpSrcSet,
    string JpegSrcSet,
    string Src,
    int Width,
    int Height,
    string Sizes,
    string Alt,
    string? Caption,
    string? Credit,
    bool Lead);

/// <summary>
/// Turns a picture into page markup material and share-card URLs, with the configured widths. The one place
/// that decides which crop and width each use gets (docs/pictures.md).
/// </summary>
public sealed class PictureMarkup(IOptions<MediaOptions> options)
{
    /// <summary>Google asks for share and Top-stories images at least this wide.</summary>
    public const int ShareWidth = 1200;

    /// <summary>The article's lead: the whole picture, loaded first.</summary>
    public ResponsivePicture Lead(PictureRef picture) =>
        Make(picture, MediaCrop.Original, "(min-width: 44rem) 42rem, 100vw", lead: true);

    /// <summary>A card in a list: the 16:9 crop, loaded as it scrolls into view.</summary>
    public ResponsivePicture Card(PictureRef picture) =>
        Make(picture, MediaCrop.Wide, "(min-width: 60rem) 20rem, (min-width: 36rem) 45vw, 100vw", lead: false);

    /// <summary>The front page's lead story: the 16:9 crop, large, loaded first.</summary>
    public ResponsivePicture FrontLead(PictureRef picture) =>
        Make(picture, MediaCrop.Wide, "(min-width: 60rem) 58rem, 100vw", lead: true);

    /// <summary>A square library thumbnail (the library grid, the editor's picture chooser): WebP at the smallest width.</summary>
    public (string Url, int Width, int Height) Thumbnail(PictureRef picture)
    {
        var width = picture.WidthNear(MediaCrop.Square, options.Value.RenditionWidths, options.Value.ThumbnailWidth);
        return (picture.Url(MediaCrop.Square, width, RenditionFormat.Webp), width, picture.HeightAt(MediaCrop.Square, width));
    }

    /// <summary>The og:image: the 16:9 crop at the smallest width of at least 1,200 pixels (or the widest there is), JPEG for every crawler.</summary>
    public (string Url, int Width, int Height) Share(PictureRef picture)
    {
        var widths = picture.Widths(MediaCrop.Wide, options.Value.RenditionWidths);
        var width = widths.FirstOrDefault(w => w >= ShareWidth, widths[^1]);
        return (picture.Url(MediaCrop.Wide, width, RenditionFormat.Jpeg), width, picture.HeightAt(MediaCrop.Wide, width));
    }

    /// <summary>schema.org image: the 16:9, 4:3 and 1:1 crops at their largest widths, as Google's article guide asks.</summary>
    public IReadOnlyList<string> StructuredDataImages(PictureRef picture) =>
        [.. new[] { MediaCrop.Wide, MediaCrop.Standard, MediaCrop.Square }.Select(crop => Largest(picture, crop))];

    /// <summary>A crop at its largest offered width, as a JPEG (what crawlers index: JSON-LD, the image sitemap).</summary>
    public string Largest(PictureRef picture, MediaCrop crop) =>
        picture.Url(crop, picture.Widths(crop, options.Value.RenditionWidths)[^1], RenditionFormat.Jpeg);

    private ResponsivePicture Make(PictureRef picture, MediaCrop crop, string sizes, bool lead)
    {
        var widths = options.Value.RenditionWidths;
        var fallback = picture.WidthNear(crop, widths, 960);
        return new ResponsivePicture(
            picture.SrcSet(crop, widths, RenditionFormat.Webp),
            picture.SrcSet(crop, widths, RenditionFormat.Jpeg),
            picture.Url(crop, fallback, RenditionFormat.Jpeg),
            fallback,
            picture.HeightAt(crop, fallback),
            sizes,
            picture.AltText ?? "",
            picture.Caption,
            picture.Credit,
            lead);
    }
}
