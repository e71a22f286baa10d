namespace NewsCms.Core.Media;

/// <summary>
/// A picture in the library. The original file is kept (by <see cref="IMediaStorage"/>, named by
/// <see cref="StorageKey"/>) but never served: readers only ever get renditions, which carry no metadata.
/// </summary>
public sealed class MediaItem
{
    public const int TextMaxLength = 1000;
    public const int CreditMaxLength = 200;
    public const int FileNameMaxLength = 255;

    private MediaItem()
    {
    }

    public MediaItem(PictureFacts facts, string storageKey, string fileName, string? uploadedById, DateTimeOffset now)
    {
        StorageKey = storageKey;
        ContentHash = facts.ContentHash;
        ContentType = facts.Format.ContentType;
        Format = facts.Format.Name;
        Width = facts.Width;
        Height = facts.Height;
        ByteLength = facts.ByteLength;
        FileName = Cut(Path.GetFileName(fileName), FileNameMaxLength);
        Caption = Truncate(facts.Caption, TextMaxLength);
        Credit = Truncate(facts.Credit, CreditMaxLength);
        FocalX = FocalY = 0.5;
        UploadedById = uploadedById;
        UploadedAt = UpdatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>Where the original bytes are: "pg:{hash}" (the media_originals table) or "s3:originals/{hash}" (the bucket).</summary>
    public string StorageKey { get; private set; } = "";

    /// <summary>SHA-256 of the original file, hex.</summary>
    public string ContentHash { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public string Format { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
    public long ByteLength { get; private set; }
    public string? AltText { get; private set; }
    public string? Caption { get; private set; }
    public string? Credit { get; private set; }

    /// <summary>The point every crop keeps in view, as fractions of width and height (0..1).</summary>
    public double FocalX { get; private set; }
    public double FocalY { get; private set; }
    public string FileName { get; private set; } = "";
    public string? UploadedById { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Names every rendition of this picture as cropped now; a new focal point gives new URLs.</summary>
    public string Fingerprint => RenditionFingerprint.Of(ContentHash, FocalX, FocalY);

    public void Describe(string? altText, string? caption, string? credit, double focalX, double focalY, DateTimeOffset now)
    {
        AltText = Truncate(altText, TextMaxLength);
        Caption = Truncate(caption, TextMaxLength);
        Credit = Truncate(credit, CreditMaxLength);
        FocalX = Math.Clamp(focalX, 0, 1);
        FocalY = Math.Clamp(focalY, 0, 1);
        UpdatedAt = now;
    }

    private static string? Truncate(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
