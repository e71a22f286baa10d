using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

/// <summary>
/// Serves renditions: from PostgreSQL when made before, otherwise made now from the original, stored, and
/// served from then on. Only widths of the set (as offered for the crop) are ever made, and only for the
/// picture's current fingerprint, so no URL can make the server encode an arbitrary size.
/// </summary>
public sealed class RenditionStore(NewsDbContext db, RenditionMaker maker, IOptions<MediaOptions> options, TimeProvider clock)
{
    /// <summary>Encodes at once at most one per core: a burst of new pictures waits instead of exhausting memory.</summary>
    private static readonly SemaphoreSlim Encoders = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<byte[]?> GetAsync(int mediaId, string fingerprint, RenditionKey key, CancellationToken cancellationToken)
    {
        var picture = await db.MediaItems.AsNoTracking().Where(m => m.Id == mediaId)
            .Select(m => new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, null, null, null))
            .SingleOrDefaultAsync(cancellationToken);
        if (picture is null || picture.Fingerprint != fingerprint || !picture.Widths(key.Crop, options.Value.RenditionWidths).Contains(key.Width))
            return null;

        return await StoredAsync(mediaId, fingerprint, key, cancellationToken) ?? await MakeAsync(picture, key, cancellationToken);
    }

    private Task<byte[]?> StoredAsync(int mediaId, string fingerprint, RenditionKey key, CancellationToken cancellationToken) =>
        db.MediaRenditions.AsNoTracking()
            .Where(r => r.MediaItemId == mediaId && r.Fingerprint == fingerprint && r.Crop == key.Crop && r.Width == key.Width && r.Format == key.Format)
            .Select(r => r.Bytes)
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<byte[]> MakeAsync(PictureRef picture, RenditionKey key, CancellationToken cancellationToken)
    {
        await Encoders.WaitAsync(cancellationToken);
        try
        {
            // Another request may have made it while this one waited.
            if (await StoredAsync(picture.Id, picture.Fingerprint, key, cancellationToken) is { } made)
                return made;
            var original = await db.MediaOriginals.AsNoTracking().Where(o => o.ContentHash == picture.ContentHash)
                .Select(o => o.Bytes).SingleAsync(cancellationToken);
            var rendered = maker.Make(original, picture.Width, picture.Height, picture.FocalX, picture.FocalY, key);
            var crop = key.Crop.ToString();
            var format = key.Format.ToString();
            // Two nodes making the same rendition at once: the unique key keeps one; both serve the same picture.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO media_renditions (media_item_id, fingerprint, crop, width, format, height, bytes, created_at)
                VALUES ({picture.Id}, {picture.Fingerprint}, {crop}, {key.Width}, {format}, {rendered.Height}, {rendered.Bytes}, {clock.GetUtcNow()})
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
