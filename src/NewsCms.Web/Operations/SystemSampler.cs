using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Operations;
using NewsCms.Web.Hosting;
using Figure = NewsCms.Web.Hosting.SiteMetrics.Figure;

namespace NewsCms.Web.Operations;

/// <summary>
/// Every minute each node writes what it did during the minute into <c>system_samples</c> and deletes the rows
/// older than a day: the System page then shows every node of a cluster, which no node's memory could. A
/// failed write keeps the figures for the next minute (the totals are taken only once a row is stored).
/// </summary>
public sealed class SystemSampler(
    IServiceScopeFactory scopes,
    SiteMetrics metrics,
    NodeCounters counters,
    TimeProvider clock,
    IOptions<TelemetrySettings> settings,
    ILogger<SystemSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();
    private long[] _last = new long[(int)Figure.Count + 3];

    public string Node => settings.Value.NodeName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Could not store this node's figures; they are kept for the next minute");
            }
        }
    }

    /// <summary>Stores the figures since the last sample now (the timer calls it; tests call it directly).</summary>
    public async Task SampleAsync(CancellationToken cancellationToken = default)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var (requests, errors, roundTrips) = counters.Read();
            long[] totals = [.. metrics.Read(), requests, errors, roundTrips];
            var delta = totals.Select((t, i) => t - _last[i]).ToArray();
            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            db.SystemSamples.Add(new SystemSample
            {
                Node = Node,
                At = now,
                StartedAt = _startedAt,
                PagesFromCache = delta[(int)Figure.PagesFromCache],
                PagesRendered = delta[(int)Figure.PagesRendered],
                Evictions = delta[(int)Figure.Evictions],
                StoriesPublished = delta[(int)Figure.Published],
                PublishLagMilliseconds = delta[(int)Figure.PublishLagMilliseconds],
                CommentsApproved = delta[(int)Figure.CommentsApproved],
                CommentsHeld = delta[(int)Figure.CommentsPending],
                CommentsRefused = delta[(int)Figure.CommentsRefused],
                Requests = delta[(int)Figure.Count],
                Errors = delta[(int)Figure.Count + 1],
                DatabaseRoundTrips = delta[(int)Figure.Count + 2],
                PendingComments = metrics.PendingCommentsNow,
                MemoryBytes = Environment.WorkingSet,
            });
            await db.SaveChangesAsync(cancellationToken);
            _last = totals;
            await db.SystemSamples.Where(s => s.At < now - SystemSample.KeptFor).ExecuteDeleteAsync(cancellationToken);
        }
        finally
        {
            _one.Release();
        }
    }
}
