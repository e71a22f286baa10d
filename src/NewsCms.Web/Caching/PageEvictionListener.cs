using NewsCms.Core.Caching;
using NewsCms.Web.Hosting;
using Npgsql;

namespace NewsCms.Web.Caching;

/// <summary>
/// LISTENs for evictions made by other processes (see <see cref="PageEvictionBroadcast"/>) and applies them
/// here. While disconnected it may miss some, so after every reconnection it empties the cache once.
/// </summary>
public sealed class PageEvictionListener(PageEvictionBroadcast broadcast, OutputCachePublicPages pages, SiteMetrics metrics, ILogger<PageEvictionListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place: a notification sent after it is not lost (a seam for tests).</summary>
    public Task Listening => _listening.Task;

    /// <summary>Raised when an eviction from another process has been applied here (a seam for tests, which await it instead of polling).</summary>
    public event Action<IReadOnlyCollection<string>>? NotificationApplied;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(reconnecting, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.IO.IOException)
            {
                logger.LogWarning(e, "Cache eviction listener lost its connection; retrying in {Delay}", RetryAfter);
                reconnecting = true;
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(bool reconnecting, CancellationToken stoppingToken)
    {
        // Keepalives make a dead server show up as an error instead of a wait that never ends.
        var connectionString = new NpgsqlConnectionStringBuilder(broadcast.ConnectionString) { KeepAlive = 30, Pooling = false }.ToString();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => OnNotification(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {PageEvictionBroadcast.Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        _listening.TrySetResult();
        if (reconnecting)
            await pages.EvictHereAsync([PublicPageTags.All]);
        logger.LogInformation("Listening for cache evictions from other processes");
        while (true)
            await connection.WaitAsync(stoppingToken);
    }

    private void OnNotification(string payload)
    {
        var (sender, tags) = PageEvictionBroadcast.Parse(payload);
        if (sender == broadcast.InstanceId)
            return;
        _ = ApplyAsync(tags);
    }

    private async Task ApplyAsync(string[] tags)
    {
        await pages.EvictHereAsync(tags);
        metrics.Evicted(fromOtherNode: true);
        NotificationApplied?.Invoke(tags);
    }
}
