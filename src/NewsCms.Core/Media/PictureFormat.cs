using System.Text;

namespace NewsCms.Core.Media;

/// <summary>A raster format the library accepts, and the libvips loader that must agree with it.</summary>
public sealed record PictureFormat(string Name, string ContentType, string LoaderPrefix)
{
    public static readonly PictureFormat Jpeg = new("jpeg", "image/jpeg", "jpegload");
    public static readonly PictureFormat Png = new("png", "image/png", "pngload");
    public static readonly PictureFormat Gif = new("gif", "image/gif", "gifload");
    public static readonly PictureFormat Webp = new("webp", "image/webp", "webpload");
    public static readonly PictureFormat Avif = new("avif", "image/avif", "heifload");
    public static readonly PictureFormat Heic = new("heic", "image/heic", "heifload");
}

/// <summary>
/// Decides what a file is from its first bytes, never from its name or the browser's Content-Type.
/// Only the accepted formats pass; a few common wrong files get a reason a person understands.
/// </summary>
public static class PictureSniffer
{
    public static SniffResult Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
            return SniffResult.Is(PictureFormat.Jpeg);
        if (head.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
            return SniffResult.Is(PictureFormat.Png);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
            return SniffResult.Is(PictureFormat.Gif);
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return SniffResult.Is(PictureFormat.Webp);
        if (IsoBrand(head) is { } brand)
        {
            if (brand is "avif" or "avis")
                return SniffResult.Is(PictureFormat.Avif);
            if (brand is "heic" or "heix" or "heim" or "heis" or "mif1" or "msf1")
                return SniffResult.Is(PictureFormat.Heic);
        }

        return SniffResult.Refused(WhyNot(head));
    }

    private static string? IsoBrand(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) ? Encoding.ASCII.GetString(head[8..12]) : null;

    private static string WhyNot(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF"u8))
            return "it is a PDF document, not a picture";
        if (head.StartsWith("MZ"u8) || head.StartsWith((byte[])[0x7F, (byte)'E', (byte)'L', (byte)'F']) || head.StartsWith("#!"u8)
            || head.StartsWith((byte[])[0xCF, 0xFA, 0xED, 0xFE]) || head.StartsWith((byte[])[0xCA, 0xFE, 0xBA, 0xBE]))
            return "it is a program, not a picture";
        if (LooksLikeSvg(head))
            return "it is an SVG drawing, which can carry script; upload a JPEG, PNG, WebP or GIF instead";
        if (head.IsEmpty)
            return "the file is empty";
        return "it is not a picture in a format the library takes (JPEG, PNG, WebP, GIF, AVIF or HEIC)";
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF').TrimStart();
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}

public readonly record struct SniffResult(PictureFormat? Format, string? Refusal)
{
    public static SniffResult Is(PictureFormat format) => new(format, null);

    public static SniffResult Refused(string reason) => new(null, reason);
}
