using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace NewsCms.IntegrationTests.Media;

/// <summary>Real picture files made by libvips in the test, and the bad files the library must refuse.</summary>
public static class TestPictures
{
    /// <summary>A photo-like gradient, so encoders have something to encode.</summary>
    public static Image Gradient(int width, int height)
    {
        using var xyz = Image.Xyz(width, height);
        using var bands = xyz[0].Bandjoin(xyz[1], (xyz[0] + xyz[1]) / 2);
        using var scaled = bands * new[] { 255.0 / width, 255.0 / height, 255.0 / (width + height) * 2 };
        return scaled.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static byte[] Jpeg(int width = 1200, int height = 800)
    {
        using var image = Gradient(width, height);
        return image.JpegsaveBuffer(q: 85);
    }

    public static byte[] Png(int width = 400, int height = 300)
    {
        using var image = Gradient(width, height);
        return image.PngsaveBuffer();
    }

    public static byte[] Webp(int width = 400, int height = 300)
    {
        using var image = Gradient(width, height);
        return image.WebpsaveBuffer();
    }

    /// <summary>A JPEG whose EXIF says where it was taken, and that it must be turned a quarter (orientation 6).</summary>
    public static byte[] JpegWithGpsAndOrientation(int width = 800, int height = 400)
    {
        using var image = Gradient(width, height);
        using var tagged = image.Mutate(m =>
        {
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "51/1 30/1 2649/100");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "W");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "0/1 7/1 3999/100");
            m.Set(GValue.GIntType, "orientation", 6);
        });
        return tagged.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A JPEG carrying an agency's XMP caption and credit.</summary>
    public static byte[] JpegWithXmp(string caption, string credit)
    {
        var xmp = $"""
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="{credit}">
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{caption}</rdf:li></rdf:Alt></dc:description>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            """;
        using var image = Gradient(600, 400);
        using var tagged = image.Mutate(m => m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(xmp)));
        return tagged.JpegsaveBuffer(keep: Enums.ForeignKeep.All);
    }

    /// <summary>An agency CMYK JPEG.</summary>
    public static byte[] CmykJpeg()
    {
        using var image = Gradient(500, 300);
        using var cmyk = image.IccExport(outputProfile: "cmyk");
        return cmyk.JpegsaveBuffer();
    }

    /// <summary>The first half of a JPEG: its header is fine, its pixels stop.</summary>
    public static byte[] TruncatedJpeg()
    {
        var whole = Jpeg(1600, 1200);
        return whole[..(whole.Length / 2)];
    }

    /// <summary>A PNG whose header claims 20,000 × 20,000 pixels: a few hundred bytes that would decode to 1.6 GB.</summary>
    public static byte[] DecompressionBomb()
    {
        var png = Png(64, 64);
        // IHDR is the first chunk: 8-byte signature, 4 length, 4 "IHDR", then width and height; its CRC follows the 13 data bytes.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 20_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 20_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    public static byte[] Svg => Encoding.UTF8.GetBytes("""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(1)</script><rect width="100" height="100"/></svg>""");

    public static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A Windows program's first bytes (MZ, then the DOS stub's message).</summary>
    public static byte[] Executable => [.. "MZ"u8, .. new byte[58], .. "This program cannot be run in DOS mode."u8, .. new byte[200]];

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
