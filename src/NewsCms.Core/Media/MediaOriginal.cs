namespace NewsCms.Core.Media;

/// <summary>
/// An uploaded file exactly as it came, kept in PostgreSQL so every node sees it and every backup holds it.
/// Keyed by content hash: the same file uploaded twice is stored once. Never served (it may carry GPS).
/// </summary>
public sealed class MediaOriginal
{
    private MediaOriginal()
    {
    }

    public MediaOriginal(string contentHash, byte[] bytes)
    {
        ContentHash = contentHash;
        Bytes = bytes;
    }

    public string ContentHash { get; private set; } = "";
    public byte[] Bytes { get; private set; } = [];

    public static string KeyFor(string contentHash) => $"pg:{contentHash}";
}
