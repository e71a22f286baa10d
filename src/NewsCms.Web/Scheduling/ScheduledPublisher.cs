using Microsoft.Extensions.Options;
using NewsCms.Core.Scheduling;
using NewsCms.Web.Hosting;

namespace NewsCms.Web.Scheduling;

/// <summary>
/// Runs <see cref="ScheduleRunner"/> in the background: once at start, to catch up on whatever fell due
/// while the app was down, then at the next scheduled instant or after the poll interval, whichever is sooner.
/// Each run has its own DI scope (a fresh DbContext). A failed run, such as the database being down, is logged
/// and tried again after the poll interval; it never stops the service. Time comes from the injected
/// <see cref="TimeProvider"/>, so tests drive the loop with a fake clock.
/// </summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    SiteMetrics metrics,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    /// <summary>
    /// Raised after every run with what it changed (null when it failed), once the timer for the next run is set:
    /// a test moving a fake clock from here on cannot be missed. Lets tests await a run instead of polling.
    /// </summary>
    public event Action<ScheduleRun?>? RunFinished;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogWarning("Scheduled publishing is disabled on this instance (Scheduling:Enabled is false)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var (run, nextDue) = await RunOnceAsync(stoppingToken);
            var wait = ScheduleRules.WaitBeforeNextRun(nextDue, clock.GetUtcNow(), settings.PollInterval);
            var sleep = Task.Delay(wait, clock, stoppingToken);
            RunFinished?.Invoke(run);
            await sleep;
        }
    }

    /// <summary>One run and when the next change falls due (both null when the run failed; the instant also when nothing is scheduled).</summary>
    private async Task<(ScheduleRun? Run, DateTimeOffset? NextDue)> RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var schedule = scope.ServiceProvider.GetRequiredService<ScheduleRunner>();
            var run = await schedule.RunAsync(clock.GetUtcNow(), stoppingToken);
            metrics.Published(run.PublishLags ?? []);
            if (!run.ChangedNothing)
                logger.LogInformation("Scheduled run published {Published} and unpublished {Unpublished}", run.Published, run.Unpublished);
            return (run, await schedule.NextDueAsync(stoppingToken));
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Scheduled publishing failed; trying again in {PollInterval}", options.Value.PollInterval);
            return (null, null);
        }
    }
}
