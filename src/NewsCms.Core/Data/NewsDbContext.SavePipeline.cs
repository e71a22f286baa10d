using NewsCms.Core.Caching;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Core.Data;

/// <summary>
/// The save pipeline: what every save does, whoever makes it (the editor, the importer, the scheduled
/// publisher, the moderation desk), so no code path can skip the record or leave a stale page in the cache.
/// <list type="number">
///   <item>Record: each article changed through one of its methods gets a revision, and a change of state a
///   line in the activity log, in the same save (<see cref="ArticleHistory"/>).</item>
///   <item>Collect: the public pages the save changes (<see cref="ChangedPublicPages"/>), by
///   <see cref="PublicPageEvictionInterceptor"/> as the save starts.</item>
///   <item>Save: one SaveChanges, one transaction.</item>
///   <item>Evict: once the change is committed, those pages leave every node's cache (the interceptor; inside an
///   explicit transaction it waits for the commit, and forgets them on a rollback).</item>
/// </list>
/// Saves are asynchronous only: the synchronous <c>SaveChanges</c> throws rather than run a pipeline that
/// would block on I/O (docs/architecture.md).
/// </summary>
public sealed partial class NewsDbContext
{
    /// <summary>The public pages the save in progress changes (see <see cref="PublicPageEvictionInterceptor"/>).</summary>
    internal HashSet<string>? PublicPagesBeingSaved { get; set; }

    /// <summary>Pages changed by saves inside a transaction that has not committed yet.</summary>
    internal HashSet<string> PublicPagesUncommitted { get; } = new(StringComparer.Ordinal);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await ArticleHistory.RecordAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Refused: the pipeline reads the database (revisions need the tags and authors) and must not block a thread.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("NewsDbContext saves asynchronously only: call SaveChangesAsync, which records revisions and evicts cached pages.");
}
