using Microsoft.Extensions.Options;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Comments;

/// <summary>
/// Empties Trash in the background: once at start, then every <see cref="CommentOptions.PurgeEveryMinutes"/>.
/// Each run has its own scope (a fresh DbContext); a failed run is logged and tried again next time. Time comes
/// from the injected <see cref="TimeProvider"/>, so tests drive it with a fake clock and await
/// <see cref="RunFinished"/> instead of sleeping. Several nodes may purge at once: deleting what is already
/// gone deletes nothing.
/// </summary>
public sealed class TrashPurger(IServiceScopeFactory scopes, IOptions<CommentOptions> options, TimeProvider clock, ILogger<TrashPurger> logger) : BackgroundService
{
    /// <summary>Raised after every run with the ids it purged (null when it failed), once the next wait has started.</summary>
    public event Action<IReadOnlyList<int>?>? RunFinished;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var purged = await RunOnceAsync(stoppingToken);
            var sleep = Task.Delay(TimeSpan.FromMinutes(options.Value.PurgeEveryMinutes), clock, stoppingToken);
            RunFinished?.Invoke(purged);
            await sleep;
        }
    }

    private async Task<IReadOnlyList<int>?> RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CommentTrash>().PurgeAsync(clock.GetUtcNow(), stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Emptying the comment Trash failed; trying again in {Minutes} minutes", options.Value.PurgeEveryMinutes);
            return null;
        }
    }
}
