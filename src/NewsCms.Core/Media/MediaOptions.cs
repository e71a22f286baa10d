using System.ComponentModel.DataAnnotations;

namespace NewsCms.Core.Media;

/// <summary>Pictures' settings (section "Media").</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    private static readonly int[] DefaultWidths = [320, 640, 960, 1280, 1600, 2400];

    /// <summary>Largest file accepted, in bytes (default 25 MB).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 25L * 1024 * 1024;

    /// <summary>Most pixels a picture may decode to, read from its header before any pixel is decoded.</summary>
    [Range(1, long.MaxValue)]
    public long MaxPixels { get; set; } = 60_000_000;

    /// <summary>The rendition widths (pixels); none other is ever encoded. Empty: the defaults.</summary>
    public int[] Widths { get; set; } = [];

    [Range(1, 100)]
    public int JpegQuality { get; set; } = 82;

    [Range(1, 100)]
    public int WebpQuality { get; set; } = 78;

    /// <summary>
    /// libvips's WebP effort (0 fastest … 6 smallest). 0, not libvips's 4: measured on a 24-megapixel photo,
    /// effort 4 → 2 cut the CPU of all renditions by 44 % with no loss of size, and 2 → 0 the WebP encodes'
    /// CPU by 40 % more for 1.4 % more bytes (docs/pictures.md).
    /// </summary>
    [Range(0, 6)]
    public int WebpEffort { get; set; }

    /// <summary>
    /// Progressive (interlaced) JPEG fallbacks, which show coarse-to-fine while loading. Off: measured, they cost
    /// 2.7 × the CPU of baseline JPEGs for 1.7 % fewer bytes, and the JPEG is only the fallback behind WebP
    /// (docs/pictures.md).
    /// </summary>
    public bool JpegProgressive { get; set; }

    [Range(1, 200)]
    public int LibraryPageSize { get; set; } = 40;

    /// <summary>Where originals and renditions are kept: PostgreSQL (default) or an S3-compatible bucket.</summary>
    public MediaStorageKind Storage { get; set; } = MediaStorageKind.Postgres;

    /// <summary>The bucket, when <see cref="Storage"/> is S3.</summary>
    public MediaS3Options S3 { get; set; } = new();

    public IReadOnlyList<int> RenditionWidths => Widths is { Length: > 0 } ? [.. Widths.Where(w => w > 0).Distinct().Order()] : DefaultWidths;

    /// <summary>The width of library thumbnails and of the cards' smallest candidate.</summary>
    public int ThumbnailWidth => RenditionWidths[0];
}

public enum MediaStorageKind
{
    Postgres,
    S3,
}

/// <summary>An S3-compatible bucket (section "Media:S3"). The bucket must exist; the app never creates one.</summary>
public sealed class MediaS3Options
{
    /// <summary>The endpoint, e.g. https://minio.example:9000; empty for AWS itself (then <see cref="Region"/> picks it).</summary>
    public string ServiceUrl { get; set; } = "";

    public string Region { get; set; } = "us-east-1";

    public string Bucket { get; set; } = "";

    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    /// <summary>Addresses objects as {endpoint}/{bucket}/{key}: what MinIO and most self-hosted servers need.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Why these settings cannot work, or null when they can.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Bucket) ? "Media:S3:Bucket is required when Media:Storage is S3."
        : string.IsNullOrWhiteSpace(AccessKey) != string.IsNullOrWhiteSpace(SecretKey) ? "Media:S3:AccessKey and Media:S3:SecretKey go together."
        : ServiceUrl.Length > 0 && !Uri.TryCreate(ServiceUrl, UriKind.Absolute, out _) ? "Media:S3:ServiceUrl is not an absolute URL."
        : null;
}
