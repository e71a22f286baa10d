using Microsoft.Extensions.Options;
using NetVips;

namespace NewsCms.Core.Media;

/// <summary>
/// Encodes every rendition of a picture from one decode: turned upright (EXIF orientation), in sRGB (CMYK and
/// other profiles converted), cropped around the focal point, and saved with no metadata at all (no EXIF, no
/// GPS, no XMP, no ICC: sRGB is what browsers assume). docs/pictures.md, "Renditions", says why all at once.
/// </summary>
public sealed class RenditionMaker(IOptions<MediaOptions> options)
{
    /// <summary>The formats every width is offered in (the first is the page's preferred source, the last the fallback).</summary>
    public static readonly IReadOnlyList<RenditionFormat> Formats = [RenditionFormat.Webp, RenditionFormat.Jpeg];

    public sealed record Rendered(RenditionKey Key, byte[] Bytes, int Width, int Height);

    /// <summary>Every rendition a width × height picture offers with these widths: each crop, each offered width, each format.</summary>
    public static IReadOnlyList<RenditionKey> Offered(int width, int height, double focalX, double focalY, IReadOnlyList<int> widths) =>
        [.. from crop in Crops.All
            from w in Crops.Widths(Crops.Region(crop, width, height, focalX, focalY), widths)
            from format in Formats
            select new RenditionKey(crop, w, format)];

    /// <summary>
    /// Every rendition of the picture (<see cref="Offered"/>). <paramref name="width"/> and <paramref name="height"/>
    /// are its upright size, as stored on the media item.
    /// </summary>
    /// <remarks>
    /// The original is decoded once, with shrink-on-load to the size the widest rendition of any crop needs, and
    /// held in memory. Each crop is cut from it and resized to its widths from the largest down, each width from
    /// the one before (a 2,400-pixel resize feeds the 1,600, and so on). The encodes, the bulk of the time, run
    /// on every core; at most one crop's resized images are in memory at a time.
    /// </remarks>
    public IReadOnlyList<Rendered> MakeAll(byte[] original, int width, int height, double focalX, double focalY)
    {
        var settings = options.Value;
        var crops = Crops.All
            .Select(crop => (Crop: crop, Region: Crops.Region(crop, width, height, focalX, focalY)))
            .Select(c => (c.Crop, c.Region, Widths: Crops.Widths(c.Region, settings.RenditionWidths)))
            .ToList();
        var scale = Math.Min(1.0, crops.Max(c => (double)c.Widths[^1] / c.Region.Width));
        var decodeWidth = Math.Clamp((int)Math.Ceiling(width * scale), 1, width);

        // Shrink-on-load (a JPEG decodes at 1/2, 1/4, 1/8 scale) where the widest rendition allows it. A colour
        // profile (Adobe RGB, an agency's CMYK) is converted to sRGB; a picture without one is taken as sRGB
        // already, which spares a profile transform of every pixel (a third of the decode's time at 24 MP).
        using var decoded = NeedsProfileTransform(original)
            ? Image.ThumbnailBuffer(original, decodeWidth, height: 1_000_000, size: Enums.Size.Down, outputProfile: "srgb")
            : Image.ThumbnailBuffer(original, decodeWidth, height: 1_000_000, size: Enums.Size.Down);
        using var srgb = InSrgb(decoded);
        using var whole = srgb.CopyMemory();
        var (scaleX, scaleY) = ((double)whole.Width / width, (double)whole.Height / height);

        var made = new List<Rendered>();
        foreach (var (crop, region, widths) in crops)
        {
            var left = Math.Min((int)Math.Round(region.Left * scaleX), whole.Width - 1);
            var top = Math.Min((int)Math.Round(region.Top * scaleY), whole.Height - 1);
            using var cut = whole.Crop(left, top,
                Math.Clamp((int)Math.Round(region.Width * scaleX), 1, whole.Width - left),
                Math.Clamp((int)Math.Round(region.Height * scaleY), 1, whole.Height - top));
            var sized = new List<(int Width, Image Image)>();
            try
            {
                var from = cut;
                foreach (var w in widths.Reverse())
                {
                    var h = Crops.HeightAt(region, w);
                    using var resized = from.Width == w && from.Height == h ? from.Copy() : from.Resize((double)w / from.Width, vscale: (double)h / from.Height);
                    var ready = resized.CopyMemory();
                    sized.Add((w, ready));
                    from = ready;
                }

                // Largest first, so the two cores finish together.
                var jobs = sized.SelectMany(s => Formats.Select(format => (s.Width, s.Image, Format: format))).ToList();
                var results = new Rendered[jobs.Count];
                Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
                {
                    var (w, image, format) = jobs[i];
                    results[i] = new Rendered(new RenditionKey(crop, w, format), Encode(image, format, settings), image.Width, image.Height);
                });
                made.AddRange(results);
            }
            finally
            {
                foreach (var (_, image) in sized)
                    image.Dispose();
            }
        }

        return made;
    }

    private static byte[] Encode(Image image, RenditionFormat format, MediaOptions settings)
    {
        if (format == RenditionFormat.Webp)
            return image.WebpsaveBuffer(q: settings.WebpQuality, effort: settings.WebpEffort, keep: Enums.ForeignKeep.None);
        if (!image.HasAlpha())
            return image.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: settings.JpegProgressive, keep: Enums.ForeignKeep.None);
        using var flat = image.Flatten(background: [255, 255, 255]);
        return flat.JpegsaveBuffer(q: settings.JpegQuality, optimizeCoding: true, interlace: settings.JpegProgressive, keep: Enums.ForeignKeep.None);
    }

    /// <summary>
    /// From the header only: CMYK (converted through a fallback CMYK profile when it has none), or an embedded
    /// ICC profile other than sRGB (Adobe RGB, Display P3, …). An sRGB profile, which many cameras embed, needs
    /// no transform: the renditions carry no profile, and browsers take untagged pictures as sRGB.
    /// </summary>
    private static bool NeedsProfileTransform(byte[] original)
    {
        using var header = Image.NewFromBuffer(original, access: Enums.Access.Sequential);
        if (header.Interpretation == Enums.Interpretation.Cmyk)
            return true;
        return header.Contains("icc-profile-data") && !IsSrgbProfile((byte[])header.Get("icc-profile-data"));
    }

    /// <summary>The profile's description names sRGB ("sRGB IEC61966-2.1", "sRGB built-in"): ASCII in version 2 profiles, UTF-16 in version 4.</summary>
    private static bool IsSrgbProfile(byte[] profile) =>
        profile.AsSpan().IndexOf("sRGB"u8) >= 0 || profile.AsSpan().IndexOf("\0s\0R\0G\0B"u8) >= 0;

    /// <summary>
    /// Caps glibc's malloc arenas at two per process. libvips's worker threads and the parallel encodes each
    /// get an arena otherwise (up to 8 per core), and freed image buffers stay in them: measured on a
    /// 24-megapixel picture, the peak resident set fell by about 70 MB (docs/pictures.md). It is what
    /// libvips's own documentation advises (MALLOC_ARENA_MAX); a no-op on other C libraries.
    /// </summary>
    public static void LimitMallocArenas()
    {
        if (!OperatingSystem.IsLinux())
            return;
        try
        {
            _ = Mallopt(MallocArenaMax, 2);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries have no mallopt, and no per-thread arenas to cap.
        }
    }

    private const int MallocArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);

    private static Image InSrgb(Image image) =>
        image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw
            ? image.Copy()
            : image.Colourspace(Enums.Interpretation.Srgb);
}
