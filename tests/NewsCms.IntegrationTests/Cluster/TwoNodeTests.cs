using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Caching;

namespace NewsCms.IntegrationTests.Cluster;

/// <summary>Two nodes on one database: what one does, the other serves; what is due happens once.</summary>
[Collection(TwoNodeCluster.Name)]
public sealed class TwoNodeTests(TwoNodes nodes)
{
    [Fact]
    public async Task A_change_saved_through_node_A_replaces_node_Bs_cached_page_within_a_second()
    {
        var listener = nodes.B.Services.GetServices<IHostedService>().OfType<PageEvictionListener>().Single();
        await listener.Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var imported = NextEvictionOnB(listener);
        await nodes.A.ImportAsync(Samples.Seed);
        await imported.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("1,000 containers", await CachedPageOnBAsync(), StringComparison.Ordinal);

        var changed = NextEvictionOnB(listener);
        await nodes.A.ImportAsync(Samples.Seed.Replace("1,000 containers", "2,000 containers", StringComparison.Ordinal));
        // From the moment A's save returns (the editor sees "saved"), B has a second to drop its copy.
        await changed.WaitAsync(TimeSpan.FromSeconds(1));

        Assert.Contains("2,000 containers", await CachedPageOnBAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_story_is_published_exactly_once_with_both_nodes_running_their_publisher()
    {
        await Task.WhenAll(nodes.A.SettlePublisherAsync(), nodes.B.SettlePublisherAsync());
        var due = nodes.A.Clock.GetUtcNow().AddMinutes(1);
        var id = await nodes.A.AddScheduledAsync("Harbour bridge reopens after repairs", due);

        // Both clocks pass the instant; each node's publisher wakes and runs the schedule.
        var runs = await Task.WhenAll(
            nodes.A.Publisher().RunAfterAsync(() => nodes.A.Clock.Advance(TimeSpan.FromMinutes(2)), run => run is not null),
            nodes.B.Publisher().RunAfterAsync(() => nodes.B.Clock.Advance(TimeSpan.FromMinutes(2)), run => run is not null));

        Assert.Equal(1, runs.Sum(run => run!.Published.Count(published => published == id)));
        var (status, publishLines) = await nodes.A.WithDbAsync(async db => (
            await db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(),
            await db.ActivityLog.CountAsync(e => e.ArticleId == id && e.Action == ActivityAction.Published)));
        Assert.Equal(ArticleStatus.Published, status);
        Assert.Equal(1, publishLines);
    }

    private static Task NextEvictionOnB(PageEvictionListener listener)
    {
        var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnApplied(IReadOnlyCollection<string> tags)
        {
            listener.NotificationApplied -= OnApplied;
            applied.TrySetResult();
        }
        listener.NotificationApplied += OnApplied;
        return applied.Task;
    }

    /// <summary>The seed story's page as node B serves it to a reader, from B's output cache.</summary>
    private async Task<string> CachedPageOnBAsync()
    {
        using var reader = nodes.B.CreatePlainClient();
        await reader.GetStringAsync(Samples.SeedUrl);
        using var cached = await reader.GetAsync(Samples.SeedUrl);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.NotNull(cached.Headers.Age);
        return await cached.Content.ReadAsStringAsync();
    }
}
