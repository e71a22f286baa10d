using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

/// <summary>
/// Serves renditions: from storage (PostgreSQL or the bucket, <see cref="IMediaStorage"/>) when made before.
/// Otherwise the first request for any rendition of a picture makes all of them from one decode
/// (<see cref="RenditionMaker.MakeAll"/>), stores them, and serves the one asked for. Only widths of the set
/// (as offered for the crop) are ever made, and only for the picture's current fingerprint, so no URL can
/// make the server encode an arbitrary size.
/// </summary>
public sealed class RenditionStore(NewsDbContext db, RenditionMaker maker, IMediaStorage storage, IOptions<MediaOptions> options, TimeProvider clock)
{
    /// <summary>
    /// One picture at a time per node: making one already uses every core, and one picture's work in memory
    /// keeps the node's peak small (docs/pictures.md). Others wait their turn.
    /// </summary>
    private static readonly SemaphoreSlim Encoders = new(1, 1);

    /// <summary>The first key of the PostgreSQL advisory lock a node holds while it makes a picture's renditions (the second is the picture's id).</summary>
    private const int LockSpace = 0x6D656469; // "medi"

    /// <summary>The objects a node writes to a bucket at once.</summary>
    private const int ObjectWriters = 4;

    public async Task<byte[]?> GetAsync(int mediaId, string fingerprint, RenditionKey key, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.AsNoTracking().Where(m => m.Id == mediaId)
            .Select(m => new { Picture = new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, null, null, null), m.StorageKey })
            .SingleOrDefaultAsync(cancellationToken);
        var picture = item?.Picture;
        if (picture is null || picture.Fingerprint != fingerprint || !picture.Widths(key.Crop, options.Value.RenditionWidths).Contains(key.Width))
            return null;

        return await StoredAsync(mediaId, fingerprint, key, cancellationToken) ?? await MakeAllAsync(picture, item!.StorageKey, key, cancellationToken);
    }

    private async Task<byte[]?> StoredAsync(int mediaId, string fingerprint, RenditionKey key, CancellationToken cancellationToken)
    {
        var row = await db.MediaRenditions.AsNoTracking()
            .Where(r => r.MediaItemId == mediaId && r.Fingerprint == fingerprint && r.Crop == key.Crop && r.Width == key.Width && r.Format == key.Format)
            .Select(r => new { r.Bytes, r.StorageKey })
            .SingleOrDefaultAsync(cancellationToken);
        return row switch
        {
            null => null,
            { Bytes: { } bytes } => bytes,
            _ => await storage.ReadRenditionAsync(row.StorageKey!, cancellationToken),
        };
    }

    private async Task<byte[]> MakeAllAsync(PictureRef picture, string originalKey, RenditionKey key, CancellationToken cancellationToken)
    {
        await Encoders.WaitAsync(cancellationToken);
        var locked = false;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            // Another request of this node may have made it while this one waited.
            if (await StoredAsync(picture.Id, picture.Fingerprint, key, cancellationToken) is { } made)
                return made;

            // Another node may be making this picture: wait for it, then read what it stored. The lock belongs to
            // this connection's session, so a node that dies releases it.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_lock({LockSpace}, {picture.Id})", cancellationToken);
            locked = true;
            if (await StoredAsync(picture.Id, picture.Fingerprint, key, cancellationToken) is { } madeElsewhere)
                return madeElsewhere;

            var original = await storage.ReadOriginalAsync(originalKey, cancellationToken);
            var rendered = maker.MakeAll(original, picture.Width, picture.Height, picture.FocalX, picture.FocalY);
            await SaveAsync(picture, rendered, cancellationToken);
            return rendered.Single(r => r.Key == key).Bytes;
        }
        finally
        {
            try
            {
                if (locked)
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_unlock({LockSpace}, {picture.Id})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
            finally
            {
                // Should the unlock fail, the connection goes back to the pool at the end of the request, and
                // Npgsql's reset (DISCARD ALL) releases the lock.
                Encoders.Release();
            }
        }
    }

    private async Task SaveAsync(PictureRef picture, IReadOnlyList<RenditionMaker.Rendered> rendered, CancellationToken cancellationToken)
    {
        // In a bucket the objects go first, so a row never names a missing object; their keys are content-addressed,
        // so two nodes racing write the same bytes to the same names.
        var storageKeys = new string?[rendered.Count];
        await Parallel.ForAsync(0, rendered.Count, new ParallelOptions { MaxDegreeOfParallelism = ObjectWriters, CancellationToken = cancellationToken },
            async (i, token) => storageKeys[i] = await storage.SaveRenditionAsync(picture.ContentHash, picture.Fingerprint, rendered[i].Key, rendered[i].Bytes, token));

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < rendered.Count; i++)
        {
            var (key, bytes) = (rendered[i].Key, storageKeys[i] is null ? rendered[i].Bytes : null);
            var crop = key.Crop.ToString();
            var format = key.Format.ToString();
            // A row made before (or by a node racing without the lock) stays: the unique key keeps one, and both are the same picture.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO media_renditions (media_item_id, fingerprint, crop, width, format, height, bytes, storage_key, created_at)
                VALUES ({picture.Id}, {picture.Fingerprint}, {crop}, {key.Width}, {format}, {rendered[i].Height}, {bytes}, {storageKeys[i]}, {now})
                ON CONFLICT (media_item_id, fingerprint, crop, width, format) DO NOTHING
                """, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
