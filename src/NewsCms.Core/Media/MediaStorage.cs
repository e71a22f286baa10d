namespace NewsCms.Core.Media;

/// <summary>
/// Where picture bytes live: PostgreSQL (the default; every backup holds every picture) or an S3-compatible
/// bucket (<see cref="S3MediaStorage"/>). The rows always keep the metadata and the storage key; only the
/// bytes move. Keys are content-addressed, so the same bytes get the same key on every node.
/// </summary>
public interface IMediaStorage
{
    /// <summary>Stores an original (idempotent: the same file twice is stored once); answers its storage key.</summary>
    Task<string> SaveOriginalAsync(string contentHash, byte[] bytes, CancellationToken cancellationToken);

    Task<byte[]> ReadOriginalAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>Removes an original no item uses any more.</summary>
    Task DeleteOriginalAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a rendition's bytes outside its row and answers their key; null when the bytes belong in the row
    /// itself (PostgreSQL).
    /// </summary>
    Task<string?> SaveRenditionAsync(string contentHash, string fingerprint, RenditionKey key, byte[] bytes, CancellationToken cancellationToken);

    Task<byte[]> ReadRenditionAsync(string storageKey, CancellationToken cancellationToken);

    /// <summary>Removes renditions no row refers to any more.</summary>
    Task DeleteRenditionsAsync(IReadOnlyCollection<string> storageKeys, CancellationToken cancellationToken);
}

/// <summary>The content-addressed object names both stores use (an S3 key, or the part after "pg:").</summary>
public static class MediaObjectKeys
{
    public static string Original(string contentHash) => $"originals/{contentHash}";

    /// <summary>
    /// The original's full hash and the fingerprint (focal point, pipeline) name the bytes: two library items
    /// of the same file and focal point share the objects, so deleting one keeps what the other still uses.
    /// </summary>
    public static string Rendition(string contentHash, string fingerprint, RenditionKey key) =>
        $"renditions/{contentHash}/{fingerprint}/{key.Crop.ToString().ToLowerInvariant()}-{key.Width}.{(key.Format == RenditionFormat.Webp ? "webp" : "jpg")}";
}
