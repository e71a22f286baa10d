using Microsoft.Extensions.Options;
using NetVips;

namespace NewsCms.Core.Media;

/// <summary>
/// Encodes one rendition from the original: turned upright (EXIF orientation), in sRGB (CMYK and other
/// profiles converted), cropped around the focal point, and saved with no metadata at all (no EXIF, no GPS,
/// no XMP, no ICC: sRGB is what browsers assume).
/// </summary>
public sealed class RenditionMaker(IOptions<MediaOptions> options)
{
    public sealed record Rendered(byte[] Bytes, int Width, int Height);

    /// <summary><paramref name="width"/> and <paramref name="height"/> are the picture's upright size, as stored on the media item.</summary>
    public Rendered Make(byte[] original, int width, int height, double focalX, double focalY, RenditionKey key)
    {
        var region = Crops.Region(key.Crop, width, height, focalX, focalY);
        var scale = (double)key.Width / region.Width;
        var scaledWidth = Math.Max(1, (int)Math.Round(width * scale));

        // Shrink-on-load (a JPEG decodes at 1/2, 1/4, 1/8 scale): a 24-megapixel photo never decodes in full here.
        using var scaled = Image.ThumbnailBuffer(original, scaledWidth, height: 1_000_000, size: Enums.Size.Down,
            outputProfile: "srgb");
        var left = Math.Min((int)Math.Round(region.Left * scale), scaled.Width - 1);
        var top = Math.Min((int)Math.Round(region.Top * scale), scaled.Height - 1);
        var outWidth = Math.Min(key.Width, scaled.Width - left);
        var outHeight = Math.Min(Crops.HeightAt(region, key.Width), scaled.Height - top);
        using var cropped = scaled.Crop(left, top, outWidth, outHeight);
        using var upright = InSrgb(cropped, key.Format);
        var settings = options.Value;
        var bytes = key.Format == RenditionFormat.Jpeg
            ? upright.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)
            : upright.WebpsaveBuffer(q: settings.WebpQuality, effort: settings.WebpEffort, keep: Enums.ForeignKeep.None);
        return new Rendered(bytes, upright.Width, upright.Height);
    }

    private static Image InSrgb(Image image, RenditionFormat format)
    {
        var srgb = image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw
            ? image.Copy()
            : image.Colourspace(Enums.Interpretation.Srgb);
        if (format != RenditionFormat.Jpeg || !srgb.HasAlpha())
            return srgb;
        using (srgb)
            return srgb.Flatten(background: [255, 255, 255]);
    }
}
