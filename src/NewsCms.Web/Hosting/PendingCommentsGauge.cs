using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;

namespace NewsCms.Web.Hosting;

/// <summary>
/// Counts pending comments every half minute for the "newscms.comments.pending" gauge: a gauge's callback runs
/// on the scraper's thread and must not wait for the database, and no node can count the site's comments
/// from its own memory.
/// </summary>
internal sealed class PendingCommentsGauge(IServiceScopeFactory scopes, SiteMetrics metrics, TimeProvider clock, ILogger<PendingCommentsGauge> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
                metrics.PendingComments(await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, stoppingToken));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogDebug(e, "Could not count pending comments; trying again in {Every}", Every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
