using Microsoft.AspNetCore.OutputCaching;
using NewsCms.Core.Caching;
using NewsCms.Web.Hosting;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Caching;

/// <summary>
/// Evicts public pages from this process's output cache, tells the other processes on the same database
/// (another web instance, or the web app when the change came from the `import` verb), and evicts once more
/// a moment later: a reader whose render began before the commit could otherwise store the old page again.
/// The moment is measured on the app's <see cref="TimeProvider"/>, so tests on a fake clock decide when it comes.
/// </summary>
public sealed class OutputCachePublicPages(
    IOutputCacheStore store,
    SectionMenu menu,
    PageEvictionBroadcast broadcast,
    TimeProvider clock,
    SiteMetrics metrics,
    ILogger<OutputCachePublicPages> logger) : IPublicPageCache
{
    /// <summary>Longer than a page render takes; short enough that nobody notices the second eviction.</summary>
    private static readonly TimeSpan InFlightRenders = TimeSpan.FromSeconds(2);

    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var narrowed = Narrow(tags);
        await EvictHereAsync(narrowed);
        metrics.Evicted(fromOtherNode: false);
        await broadcast.SendAsync(narrowed, cancellationToken);
        _ = EvictAgainAsync(narrowed);
    }

    /// <summary>This process only (the broadcast listener calls it for evictions made elsewhere).</summary>
    public async Task EvictHereAsync(IReadOnlyCollection<string> tags)
    {
        // "public" is what a section change evicts; the header's section menu is read before the pages render again.
        if (tags.Contains(PublicPageTags.All))
            menu.Evict();
        foreach (var tag in tags)
            await store.EvictByTagAsync(tag, CancellationToken.None);
        logger.LogDebug("Evicted public pages tagged {Tags}", tags);
    }

    private async Task EvictAgainAsync(IReadOnlyCollection<string> tags)
    {
        try
        {
            await Task.Delay(InFlightRenders, clock);
            await EvictHereAsync(tags);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Second eviction of {Tags} failed", tags);
        }
    }

    /// <summary>"public" is on every page: when it is there, the other page tags add nothing (renditions do not carry it).</summary>
    private static IReadOnlyCollection<string> Narrow(IReadOnlyCollection<string> tags) =>
        tags.Contains(PublicPageTags.All) ? [PublicPageTags.All, .. tags.Where(PublicPageTags.IsMedia)] : tags;
}
