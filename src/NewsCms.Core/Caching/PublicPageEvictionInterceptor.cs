using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsCms.Core.Data;

namespace NewsCms.Core.Caching;

/// <summary>
/// Evicts the public pages a save changes, whoever saves (the editor, the moderation desk, the scheduled
/// publisher, the importer), once the change is committed: evicting earlier would let a reader put the old
/// page back in the cache between the eviction and the commit. Inside an explicit transaction the tags wait
/// for the commit. Steps 2 and 4 of the save pipeline (NewsDbContext.SavePipeline.cs); saves are asynchronous
/// only, so only the asynchronous save hooks are overridden.
/// </summary>
public sealed class PublicPageEvictionInterceptor(IPublicPageCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsDbContext db)
            db.PublicPagesBeingSaved = await ChangedPublicPages.CollectAsync(db, cancellationToken);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsDbContext db)
            await AfterSaveAsync(db);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is NewsDbContext db)
            await EvictUncommittedAsync(db);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is NewsDbContext db)
            EvictUncommittedAsync(db).GetAwaiter().GetResult();
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetUncommitted(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUncommitted(eventData.Context);
        return Task.CompletedTask;
    }

    private async Task AfterSaveAsync(NewsDbContext db)
    {
        var tags = db.PublicPagesBeingSaved;
        db.PublicPagesBeingSaved = null;
        if (tags is null || tags.Count == 0)
            return;
        if (db.Database.CurrentTransaction is not null)
        {
            db.PublicPagesUncommitted.UnionWith(tags);
            return;
        }
        // Not the request's token: once the change is saved, its pages must go even if the reader hung up.
        await cache.EvictAsync(tags, CancellationToken.None);
    }

    private async Task EvictUncommittedAsync(NewsDbContext db)
    {
        if (db.PublicPagesUncommitted.Count == 0)
            return;
        var tags = db.PublicPagesUncommitted.ToList();
        db.PublicPagesUncommitted.Clear();
        await cache.EvictAsync(tags, CancellationToken.None);
    }

    private static void Forget(DbContext? context)
    {
        if (context is NewsDbContext db)
            db.PublicPagesBeingSaved = null;
    }

    private static void ForgetUncommitted(DbContext? context)
    {
        if (context is NewsDbContext db)
            db.PublicPagesUncommitted.Clear();
    }
}
