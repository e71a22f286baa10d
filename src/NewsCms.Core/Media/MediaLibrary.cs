using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

/// <summary>Adding pictures to the library and taking them out. Every file is checked before anything is stored.</summary>
public sealed class MediaLibrary(NewsDbContext db, PictureInspector inspector, IMediaStorage storage, IPublicPageCache cache, TimeProvider clock)
{
    public sealed record Upload(string FileName, byte[] Bytes);

    public sealed record UploadResult(string FileName, int? MediaId, string? Refusal);

    /// <summary>Each file on its own: one refused file does not stop the others, and stores nothing of itself.</summary>
    public async Task<IReadOnlyList<UploadResult>> AddAsync(IEnumerable<Upload> uploads, string? uploadedById, CancellationToken cancellationToken)
    {
        var results = new List<UploadResult>();
        foreach (var upload in uploads)
        {
            var check = inspector.Check(upload.FileName, upload.Bytes);
            if (check.Facts is not { } facts)
            {
                results.Add(new UploadResult(check.FileName, null, check.Message));
                continue;
            }

            results.Add(new UploadResult(check.FileName, await StoreAsync(facts, check.FileName, upload.Bytes, uploadedById, cancellationToken), null));
        }

        return results;
    }

    /// <summary>Deletes a picture no story uses; answers the headlines of the stories that do (then nothing is deleted).</summary>
    public async Task<IReadOnlyList<string>> DeleteAsync(int mediaId, CancellationToken cancellationToken)
    {
        var users = await db.Articles.Using(mediaId).OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync(cancellationToken);
        if (users.Count > 0)
            return users;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.MediaItems.Where(m => m.Id == mediaId).Select(m => new { m.ContentHash, m.StorageKey }).SingleOrDefaultAsync(cancellationToken);
        var renditionKeys = await db.MediaRenditions.Where(r => r.MediaItemId == mediaId && r.StorageKey != null)
            .Select(r => r.StorageKey!).Distinct().ToListAsync(cancellationToken);
        await db.MediaItems.Where(m => m.Id == mediaId).ExecuteDeleteAsync(cancellationToken); // rendition rows cascade
        var originalUnused = item is not null && !await db.MediaItems.AnyAsync(m => m.ContentHash == item.ContentHash, cancellationToken);
        // Objects another item of the same file still refers to stay (keys are content-addressed, so shared).
        var unusedRenditions = renditionKeys.Except(await db.MediaRenditions.Where(r => r.StorageKey != null && renditionKeys.Contains(r.StorageKey))
            .Select(r => r.StorageKey!).ToListAsync(cancellationToken)).ToList();
        await transaction.CommitAsync(cancellationToken);
        // Every node forgets the renditions it holds in memory (RenditionCachePolicy) before the bytes go.
        await cache.EvictAsync([PublicPageTags.Media(mediaId)], cancellationToken);

        // The bytes go only after the rows: a failure here leaves an orphan (in a bucket or in media_originals),
        // never a row pointing at nothing.
        await storage.DeleteRenditionsAsync(unusedRenditions, cancellationToken);
        if (originalUnused)
            await storage.DeleteOriginalAsync(item!.StorageKey, cancellationToken);
        return [];
    }

    private async Task<int> StoreAsync(PictureFacts facts, string fileName, byte[] bytes, string? uploadedById, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The same file uploaded twice is stored once: the original is keyed by its hash.
        var storageKey = await storage.SaveOriginalAsync(facts.ContentHash, bytes, cancellationToken);
        var item = new MediaItem(facts, storageKey, fileName, uploadedById, clock.GetUtcNow());
        db.MediaItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item.Id;
    }
}
