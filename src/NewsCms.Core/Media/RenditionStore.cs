using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

/// <summary>
/// Serves renditions: from storage (PostgreSQL or the bucket, <see cref="IMediaStorage"/>) when made before, otherwise made now from the original, stored, and
/// served from then on. Only widths of the set (as offered for the crop) are ever made, and only for the
/// picture's current fingerprint, so no URL can make the server encode an arbitrary size.
/// </summary>
public sealed class RenditionStore(NewsDbContext db, RenditionMaker maker, IMediaStorage storage, IOptions<MediaOptions> options, TimeProvider clock)
{
    /// <summary>Encodes at once at most one per core: a burst of new pictures waits instead of exhausting memory.</summary>
    private static readonly SemaphoreSlim Encoders = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<byte[]?> GetAsync(int mediaId, string fingerprint, RenditionKey key, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.AsNoTracking().Where(m => m.Id == mediaId)
            .Select(m => new { Picture = new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, null, null, null), m.StorageKey })
            .SingleOrDefaultAsync(cancellationToken);
        var picture = item?.Picture;
        if (picture is null || picture.Fingerprint != fingerprint || !picture.Widths(key.Crop, options.Value.RenditionWidths).Contains(key.Width))
            return null;

        return await StoredAsync(mediaId, fingerprint, key, cancellationToken) ?? await MakeAsync(picture, item!.StorageKey, key, cancellationToken);
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

    private async Task<byte[]> MakeAsync(PictureRef picture, string originalKey, RenditionKey key, CancellationToken cancellationToken)
    {
        await Encoders.WaitAsync(cancellationToken);
        try
        {
            // Another request may have made it while this one waited.
            if (await StoredAsync(picture.Id, picture.Fingerprint, key, cancellationToken) is { } made)
                return made;
            var original = await storage.ReadOriginalAsync(originalKey, cancellationToken);
            var rendered = maker.Make(original, picture.Width, picture.Height, picture.FocalX, picture.FocalY, key);
            // In a bucket the object goes first, so a row never names a missing object; its key is content-addressed,
            // so two nodes racing write the same bytes to the same name.
            var storageKey = await storage.SaveRenditionAsync(picture.ContentHash, picture.Fingerprint, key, rendered.Bytes, cancellationToken);
            var bytes = storageKey is null ? rendered.Bytes : null;
            var crop = key.Crop.ToString();
            var format = key.Format.ToString();
            // Two nodes making the same rendition at once: the unique key keeps one; both serve the same picture.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO media_renditions (media_item_id, fingerprint, crop, width, format, height, bytes, storage_key, created_at)
                VALUES ({picture.Id}, {picture.Fingerprint}, {crop}, {key.Width}, {format}, {rendered.Height}, {bytes}, {storageKey}, {clock.GetUtcNow()})
                ON CONFLICT (media_item_id, fingerprint, crop, width, format) DO NOTHING
                """, cancellationToken);
            return rendered.Bytes;
        }
        finally
        {
            Encoders.Release();
        }
    }
}
