using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

/// <summary>
/// Pictures in PostgreSQL: originals in media_originals keyed by hash, renditions in their own rows' bytes.
/// Shares the request's DbContext, so an original is stored in the same transaction as its item.
/// </summary>
public sealed class PostgresMediaStorage(NewsDbContext db) : IMediaStorage
{
    private const string Scheme = "pg:";

    public async Task<string> SaveOriginalAsync(string contentHash, byte[] bytes, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO media_originals (content_hash, bytes) VALUES ({contentHash}, {bytes}) ON CONFLICT (content_hash) DO NOTHING",
            cancellationToken);
        return MediaOriginal.KeyFor(contentHash);
    }

    public Task<byte[]> ReadOriginalAsync(string storageKey, CancellationToken cancellationToken)
    {
        var hash = HashOf(storageKey);
        return db.MediaOriginals.AsNoTracking().Where(o => o.ContentHash == hash).Select(o => o.Bytes).SingleAsync(cancellationToken);
    }

    public Task DeleteOriginalAsync(string storageKey, CancellationToken cancellationToken)
    {
        var hash = HashOf(storageKey);
        return db.MediaOriginals.Where(o => o.ContentHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    public Task<string?> SaveRenditionAsync(string contentHash, string fingerprint, RenditionKey key, byte[] bytes, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    public Task<byte[]> ReadRenditionAsync(string storageKey, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"A rendition stored as {storageKey} needs Media:Storage=S3; PostgreSQL keeps renditions in their rows.");

    // The rows go with their item (ON DELETE CASCADE); nothing is kept elsewhere.
    public Task DeleteRenditionsAsync(IReadOnlyCollection<string> storageKeys, CancellationToken cancellationToken) => Task.CompletedTask;

    private static string HashOf(string storageKey) =>
        storageKey.StartsWith(Scheme, StringComparison.Ordinal)
            ? storageKey[Scheme.Length..]
            : throw new InvalidOperationException($"The original {storageKey} is not in PostgreSQL: set Media:Storage=S3 to read it.");
}
