using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NetVips;

namespace NewsCms.Core.Media;

/// <summary>
/// Decides whether an upload is a picture the library takes: size, magic bytes, then libvips's own reading
/// of the header (its loader must agree with the magic bytes), the pixel count BEFORE any pixel is decoded
/// (a 20,000 × 20,000 bomb is a few kilobytes), and last a complete decode that fails on a truncated file.
/// </summary>
public sealed class PictureInspector(IOptions<MediaOptions> options)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public PictureCheck Check(string fileName, byte[] bytes)
    {
        var name = Path.GetFileName(fileName);
        var limits = options.Value;
        if (CheckSize(name, bytes.LongLength) is { } tooLarge)
            return tooLarge;

        var sniffed = PictureSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)));
        if (sniffed.Format is not { } format)
            return Refuse(name, sniffed.Refusal!);

        try
        {
            using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            var loader = header.Get("vips-loader") as string ?? "";
            if (!loader.StartsWith(format.LoaderPrefix, StringComparison.Ordinal))
                return Refuse(name, $"its content does not read as the {format.Name.ToUpperInvariant()} its first bytes claim");

            var pixels = (long)header.Width * header.Height;
            if (pixels > limits.MaxPixels)
                return Refuse(name, string.Create(English,
                    $"it is {header.Width:N0} × {header.Height:N0} pixels, more than the limit of {limits.MaxPixels / 1_000_000.0:0.#} megapixels"));

            DecodeCompletely(bytes);
            var (width, height) = Rotated(header);
            var (caption, credit) = EmbeddedCaptions.Read(Blob(header, "iptc-data"), Blob(header, "xmp-data"));
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return new PictureCheck(name, new PictureFacts(format, width, height, bytes.LongLength, hash, caption, credit), null);
        }
        catch (VipsException)
        {
            return Refuse(name, $"it is damaged or incomplete (it does not decode as a {format.Name.ToUpperInvariant()} picture)");
        }
    }

    /// <summary>The size check alone, so an upload over the limit is refused before it is read into memory.</summary>
    public PictureCheck? CheckSize(string fileName, long length) =>
        length > options.Value.MaxUploadBytes
            ? Refuse(Path.GetFileName(fileName), $"it is {Megabytes(length)}, more than the limit of {Megabytes(options.Value.MaxUploadBytes)}")
            : null;

    /// <summary>Every pixel read, with truncation and corrupt data as errors rather than grey bands.</summary>
    private static void DecodeCompletely(byte[] bytes)
    {
        using var full = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
        _ = full.Avg();
    }

    /// <summary>The picture's size as readers see it: EXIF orientations 5 to 8 turn it a quarter.</summary>
    private static (int Width, int Height) Rotated(Image header)
    {
        var orientation = header.Contains("orientation") ? (int)header.Get("orientation") : 1;
        return orientation is >= 5 and <= 8 ? (header.Height, header.Width) : (header.Width, header.Height);
    }

    private static byte[]? Blob(Image image, string field) =>
        image.Contains(field) ? image.Get(field) as byte[] : null;

    private static PictureCheck Refuse(string name, string reason) => new(name, null, reason);

    private static string Megabytes(long bytes) => string.Create(English, $"{bytes / 1024.0 / 1024.0:0.#} MB");
}
