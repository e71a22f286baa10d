using System.Globalization;

namespace NewsCms.Core.Media;

/// <summary>
/// What a page needs to show a picture: enough to name every rendition URL without another query.
/// URLs: <c>/media/{id}/{fingerprint}/{crop}-{width}.{webp|jpg}</c>.
/// </summary>
public sealed record PictureRef(int Id, int Width, int Height, double FocalX, double FocalY, string ContentHash, string? AltText, string? Caption, string? Credit)
{
    public string Fingerprint => RenditionFingerprint.Of(ContentHash, FocalX, FocalY);

    public CropRect Region(MediaCrop crop) => Crops.Region(crop, Width, Height, FocalX, FocalY);

    public IReadOnlyList<int> Widths(MediaCrop crop, IReadOnlyList<int> widths) => Crops.Widths(Region(crop), widths);

    /// <summary>The largest width at most <paramref name="wanted"/> (or the smallest there is).</summary>
    public int WidthNear(MediaCrop crop, IReadOnlyList<int> widths, int wanted)
    {
        var offered = Widths(crop, widths);
        return offered.LastOrDefault(w => w <= wanted, offered[0]);
    }

    public int HeightAt(MediaCrop crop, int width) => Crops.HeightAt(Region(crop), width);

    public string Url(MediaCrop crop, int width, RenditionFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"/media/{Id}/{Fingerprint}/{Crops.UrlName(crop)}-{width}.{Extension(format)}");

    public string SrcSet(MediaCrop crop, IReadOnlyList<int> widths, RenditionFormat format) =>
        string.Join(", ", Widths(crop, widths).Select(w => string.Create(CultureInfo.InvariantCulture, $"{Url(crop, w, format)} {w}w")));

    public static string Extension(RenditionFormat format) => format == RenditionFormat.Webp ? "webp" : "jpg";

    public static RenditionFormat? FormatOf(string extension) => extension switch
    {
        "webp" => RenditionFormat.Webp,
        "jpg" => RenditionFormat.Jpeg,
        _ => null,
    };

    public static string ContentTypeOf(RenditionFormat format) => format == RenditionFormat.Webp ? "image/webp" : "image/jpeg";
}
