using System.Diagnostics;
using Microsoft.Extensions.Options;
using NetVips;
using NewsCms.Core.Media;

// Usage: dotnet Renditions.dll [megapixels=24]
// Makes every rendition of one large JPEG several ways and prints wall and CPU time of each (docs/pictures.md).
var megapixels = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 24;
Cache.Max = 0;
Cache.MaxMem = 0;
var width = (int)Math.Round(Math.Sqrt(megapixels * 1_000_000 * 1.5));
var height = width * 2 / 3;
var original = Photo(width, height);
Console.WriteLine($"source: {width}x{height} JPEG, {original.Length / 1024.0 / 1024.0:F1} MB");

var defaults = new MediaOptions();
Measure("per rendition, from the original (today's RenditionMaker)", defaults, o => PerRendition(o, original, width, height));
Measure("per rendition, widths 320/640/1280/2400", new MediaOptions { Widths = [320, 640, 1280, 2400] }, o => PerRendition(o, original, width, height));
Measure("one decode, JPEG+WebP from each resized image", defaults, o => OneDecode(o, original, width, height, webpEffort: 4));
Measure("one decode, WebP effort 2", defaults, o => OneDecode(o, original, width, height, webpEffort: 2));
Measure("one decode, WebP effort 2, widths 320/640/1280/2400", new MediaOptions { Widths = [320, 640, 1280, 2400] }, o => OneDecode(o, original, width, height, webpEffort: 2));
NetVips.NetVips.Concurrency = 1;
Measure("one decode, WebP effort 2, libvips concurrency 1", defaults, o => OneDecode(o, original, width, height, webpEffort: 2));

static void Measure(string name, MediaOptions options, Func<MediaOptions, (int Count, long Bytes)> run)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var (count, bytes) = run(options);
    process.Refresh();
    Console.WriteLine($"{name}: {count} renditions, {bytes / 1024} KB, wall {clock.Elapsed.TotalSeconds:F2} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s, peak RSS {process.PeakWorkingSet64 / 1024 / 1024} MB");
}

static IEnumerable<(MediaCrop Crop, int Width)> Keys(MediaOptions options, int width, int height) =>
    Enum.GetValues<MediaCrop>().SelectMany(crop => Crops.Widths(Crops.Region(crop, width, height, 0.5, 0.5), options.RenditionWidths).Select(w => (crop, w)));

static (int, long) PerRendition(MediaOptions options, byte[] original, int width, int height)
{
    var maker = new RenditionMaker(Options.Create(options));
    var (count, bytes) = (0, 0L);
    foreach (var (crop, w) in Keys(options, width, height))
        foreach (var format in new[] { RenditionFormat.Webp, RenditionFormat.Jpeg })
        {
            bytes += maker.Make(original, width, height, 0.5, 0.5, new RenditionKey(crop, w, format)).Bytes.Length;
            count++;
        }
    return (count, bytes);
}

// The picture decoded once (shrink-on-load to the largest width any crop needs), held in memory, then each
// crop cut and resized from it, and both formats encoded from that one resized image.
static (int, long) OneDecode(MediaOptions options, byte[] original, int width, int height, int webpEffort)
{
    var largest = options.RenditionWidths[^1];
    using var decoded = Image.ThumbnailBuffer(original, Math.Min(width, (int)Math.Ceiling(largest * (double)width / Math.Min(width, height * 1.0))), height: 1_000_000, size: Enums.Size.Down, outputProfile: "srgb");
    using var whole = decoded.CopyMemory();
    var scale = (double)whole.Width / width;
    var (count, bytes) = (0, 0L);
    foreach (var (crop, w) in Keys(options, width, height))
    {
        var region = Crops.Region(crop, width, height, 0.5, 0.5);
        using var cut = whole.Crop((int)(region.Left * scale), (int)(region.Top * scale), Math.Min(whole.Width, (int)(region.Width * scale)), Math.Min(whole.Height, (int)(region.Height * scale)));
        using var resized = cut.Resize((double)w / cut.Width);
        using var ready = resized.CopyMemory();
        bytes += ready.JpegsaveBuffer(q: options.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None).Length;
        bytes += ready.WebpsaveBuffer(q: options.WebpQuality, effort: webpEffort, keep: Enums.ForeignKeep.None).Length;
        count += 2;
    }
    return (count, bytes);
}

// A photo-like test image: smooth gradients with grain, so the encoders have real detail to work on.
static byte[] Photo(int width, int height)
{
    using var x = Image.Xyz(width, height);
    using var gradient = (x[0] * (255.0 / width) + x[1] * (128.0 / height)).Cast(Enums.BandFormat.Uchar);
    using var noise = Image.Gaussnoise(width, height, mean: 0, sigma: 18);
    using var r = (gradient + noise).Cast(Enums.BandFormat.Uchar);
    using var g = (gradient * 0.6 + noise).Cast(Enums.BandFormat.Uchar);
    using var b = ((255 - gradient) + noise).Cast(Enums.BandFormat.Uchar);
    using var rgb = r.Bandjoin(g, b).Copy(interpretation: Enums.Interpretation.Srgb);
    return rgb.JpegsaveBuffer(q: 90);
}
