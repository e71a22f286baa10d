using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using NetVips;
using NewsCms.Core.Media;

// Usage: dotnet Renditions.dll [megapixels=24] [--avif] [--breakdown] [--jpeg-progressive] [--webp-effort N] [--glibc-arenas]
//        dotnet Renditions.dll [megapixels=24] --app http://127.0.0.1:PORT --pid APP_PID --connection "Host=…"
// The second form measures a running app (the shipped path end to end, storage included): it puts the photo
// in the app's database as a library picture, asks the app for one rendition (which makes and stores all of
// them) and prints app_* figures: the request's wall time, the app's CPU time over it, its peak RSS (VmHWM)
// before and after, and the renditions stored. The picture is deleted afterwards.
// Makes every rendition of one generated photo-like JPEG the way the app does (RenditionMaker.MakeAll, the
// shipped path: one decode, all crops, widths and formats) and prints one line per figure:
//   RENDITIONS <name>=<value>
// count, wall_s, cpu_s (this process's user + system time), peak_rss_mb (VmHWM of this process, reset after
// the source picture is made, so it counts the making only, on top of the runtime and libvips; rss_at_start_mb
// is where it started), bytes_kb.
// --avif adds what AVIF would cost (heifsave, AV1, effort 0 = fastest, every width of every crop), as
// avif_* figures; --breakdown prints the CPU of each stage (decode, resizes, each encoder
// one at a time); --jpeg-progressive, --webp-effort and --glibc-arenas try other settings. docs/pictures.md has the measured table.
var culture = CultureInfo.InvariantCulture;
var megapixels = args.Length > 0 && int.TryParse(args[0], culture, out var mp) ? mp : 24;
var avif = args.Contains("--avif");
var options = new MediaOptions { JpegProgressive = args.Contains("--jpeg-progressive") };
if (Array.IndexOf(args, "--webp-effort") is var at and >= 0)
    options.WebpEffort = int.Parse(args[at + 1], culture);

// As the app does (MediaExtensions.AddMedia), unless --glibc-arenas asks for glibc's default.
Cache.Max = 0;
Cache.MaxMem = 0;
if (!args.Contains("--glibc-arenas"))
    RenditionMaker.LimitMallocArenas();
var width = (int)Math.Round(Math.Sqrt(megapixels * 1_000_000 * 1.5));
var height = width * 2 / 3;
var original = Photo(width, height);
if (Array.IndexOf(args, "--app") is var appAt and >= 0)
{
    await AppPath.MeasureAsync(args[appAt + 1], int.Parse(args[Array.IndexOf(args, "--pid") + 1], culture),
        args[Array.IndexOf(args, "--connection") + 1], original, width, height);
    return;
}

Console.Error.WriteLine($"source: {width}x{height} JPEG, {original.Length / 1024.0 / 1024.0:F1} MB; load average {File.ReadAllText("/proc/loadavg").Trim()}");
GC.Collect();
ResetPeakRss();
var startRss = PeakRssMb();

var process = Process.GetCurrentProcess();
var cpu = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
var made = new RenditionMaker(Options.Create(options)).MakeAll(original, width, height, 0.5, 0.5);
var wall = clock.Elapsed.TotalSeconds;
process.Refresh();
Print("count", made.Count.ToString(culture));
Print("wall_s", wall.ToString("F2", culture));
Print("cpu_s", (process.TotalProcessorTime - cpu).TotalSeconds.ToString("F2", culture));
Print("peak_rss_mb", PeakRssMb().ToString(culture));
Print("rss_at_start_mb", startRss.ToString(culture));
Print("bytes_kb", (made.Sum(r => (long)r.Bytes.Length) / 1024).ToString(culture));
Print("cores", Environment.ProcessorCount.ToString(culture));

if (avif)
{
    // The same resized images the shipped path encodes, made again here (not timed), then encoded as AVIF.
    var sized = made.Where(r => r.Key.Format == RenditionFormat.Jpeg).Select(r => Image.NewFromBuffer(r.Bytes).CopyMemory()).ToList();
    cpu = process.TotalProcessorTime;
    clock.Restart();
    var bytes = 0L;
    Parallel.ForEach(sized, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, image =>
        Interlocked.Add(ref bytes, image.HeifsaveBuffer(q: 50, effort: 0, compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None).Length));
    wall = clock.Elapsed.TotalSeconds;
    process.Refresh();
    Print("avif_count", sized.Count.ToString(culture));
    Print("avif_wall_s", wall.ToString("F2", culture));
    Print("avif_cpu_s", (process.TotalProcessorTime - cpu).TotalSeconds.ToString("F2", culture));
    Print("avif_bytes_kb", (bytes / 1024).ToString(culture));
}

if (args.Contains("--breakdown"))
{
    // Where the CPU goes, stage by stage, one encode at a time (the shipped path's steps, redone here).
    double Cpu(Action action)
    {
        process.Refresh();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds;
    }

    var images = new List<Image>();
    Image? whole = null;
    Print("stage_decode_with_profile_transform_cpu_s", Cpu(() =>
    {
        using var decoded = Image.ThumbnailBuffer(original, 3600, height: 1_000_000, size: Enums.Size.Down, outputProfile: "srgb");
        using var copy = decoded.CopyMemory();
    }).ToString("F2", culture));
    Print("stage_decode_cpu_s", Cpu(() =>
    {
        using var decoded = Image.ThumbnailBuffer(original, 3600, height: 1_000_000, size: Enums.Size.Down);
        whole = decoded.CopyMemory();
    }).ToString("F2", culture));
    Print("stage_resize_cpu_s", Cpu(() =>
    {
        foreach (var crop in Crops.All)
        {
            var region = Crops.Region(crop, width, height, 0.5, 0.5);
            var scale = (double)whole!.Width / width;
            var from = whole.Crop((int)(region.Left * scale), (int)(region.Top * scale), Math.Min(whole.Width, (int)(region.Width * scale)), Math.Min(whole.Height, (int)(region.Height * scale)));
            foreach (var w in Crops.Widths(region, options.RenditionWidths).Reverse())
            {
                var h = Crops.HeightAt(region, w);
                using var resized = from.Resize((double)w / from.Width, vscale: (double)h / from.Height);
                from = resized.CopyMemory();
                images.Add(from);
            }
        }
    }).ToString("F2", culture));
    foreach (var (name, encode) in new (string, Func<Image, byte[]>)[]
    {
        ("jpeg_progressive", i => i.JpegsaveBuffer(q: 82, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)),
        ("jpeg_baseline", i => i.JpegsaveBuffer(q: 82, optimizeCoding: true, keep: Enums.ForeignKeep.None)),
        ("webp_effort0", i => i.WebpsaveBuffer(q: 78, effort: 0, keep: Enums.ForeignKeep.None)),
        ("webp_effort1", i => i.WebpsaveBuffer(q: 78, effort: 1, keep: Enums.ForeignKeep.None)),
        ("webp_effort2", i => i.WebpsaveBuffer(q: 78, effort: 2, keep: Enums.ForeignKeep.None)),
        ("avif_effort0", i => i.HeifsaveBuffer(q: 50, effort: 0, compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None)),
    })
    {
        var total = 0L;
        Print($"stage_{name}_cpu_s", Cpu(() => total = images.Sum(i => (long)encode(i).Length)).ToString("F2", culture));
        Print($"stage_{name}_kb", (total / 1024).ToString(culture));
    }
}

static void Print(string name, string value) => Console.WriteLine($"RENDITIONS {name}={value}");

// Writing 5 to clear_refs resets the process's peak resident set (VmHWM) to its current size.
static void ResetPeakRss()
{
    try
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
    }
    catch (IOException)
    {
    }
    catch (UnauthorizedAccessException)
    {
    }
}

static long PeakRssMb() =>
    File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();

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
