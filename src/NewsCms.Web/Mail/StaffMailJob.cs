using Microsoft.Extensions.Options;
using NewsCms.Web.Comments;

namespace NewsCms.Web.Mail;

/// <summary>What one run of <see cref="StaffMailJob"/> did.</summary>
public sealed record StaffMailRun(int NotificationsSent, PendingDigestRun? Digest);

/// <summary>
/// Staff mail from the background, when mail is configured: notifications as they come (every
/// <see cref="StaffMailOptions.EverySeconds"/>) and the pending-comments digest when due. Each run has its own
/// scope; a failed run is logged and tried again next time. Time comes from the injected
/// <see cref="TimeProvider"/>, so tests drive it with the fake clock and await <see cref="RunFinished"/>.
/// Several nodes may run it at once: rows and the digest are claimed in PostgreSQL.
/// </summary>
public sealed class StaffMailJob(IServiceScopeFactory scopes, Mailer mailer, IOptions<StaffMailOptions> options, TimeProvider clock, ILogger<StaffMailJob> logger) : BackgroundService
{
    /// <summary>Raised after every run (null when it failed), once the next wait has started.</summary>
    public event Action<StaffMailRun?>? RunFinished;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!mailer.IsEnabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var run = await RunOnceAsync(stoppingToken);
            var sleep = Task.Delay(TimeSpan.FromSeconds(options.Value.EverySeconds), clock, stoppingToken);
            RunFinished?.Invoke(run);
            await sleep;
        }
    }

    private async Task<StaffMailRun?> RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<NotificationMail>().SendDueAsync(stoppingToken);
            var digest = await scope.ServiceProvider.GetRequiredService<PendingDigest>().SendIfDueAsync(stoppingToken);
            return new StaffMailRun(sent, digest);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Sending staff mail failed; trying again in {Seconds} seconds", options.Value.EverySeconds);
            return null;
        }
    }
}
