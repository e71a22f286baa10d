namespace NewsCms.Core.Media;

/// <summary>One derived, metadata-free encoding of a picture: made once, stored, served for a year.</summary>
public sealed class MediaRendition
{
    private MediaRendition()
    {
    }

    public MediaRendition(int mediaItemId, string fingerprint, RenditionKey key, int height, byte[]? bytes, string? storageKey, DateTimeOffset now)
    {
        MediaItemId = mediaItemId;
        Fingerprint = fingerprint;
        Crop = key.Crop;
        Width = key.Width;
        Format = key.Format;
        Height = height;
        Bytes = bytes;
        StorageKey = storageKey;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public int MediaItemId { get; private set; }
    public string Fingerprint { get; private set; } = "";
    public MediaCrop Crop { get; private set; }
    public int Width { get; private set; }
    public int Height { get; private set; }
    public RenditionFormat Format { get; private set; }
    /// <summary>The encoded picture, when kept in PostgreSQL; null when it is in the bucket at <see cref="StorageKey"/>.</summary>
    public byte[]? Bytes { get; private set; }

    /// <summary>"s3:renditions/…" when the bytes are in the bucket; null when they are in <see cref="Bytes"/>.</summary>
    public string? StorageKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}

public enum MediaCrop
{
    Original,
    Wide,
    Standard,
    Square,
}

public enum RenditionFormat
{
    Webp,
    Jpeg,
}

/// <summary>What a rendition URL asks for.</summary>
public readonly record struct RenditionKey(MediaCrop Crop, int Width, RenditionFormat Format);
