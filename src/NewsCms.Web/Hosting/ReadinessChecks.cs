using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Web.Hosting;

/// <summary>
/// /healthz/ready only: a node whose schema is behind the code must not take traffic (its queries would fail);
/// during a rolling upgrade the proxy sends requests to nodes that are ready. Once none is pending the answer
/// is kept: migrations are never taken back under a running node.
/// </summary>
internal sealed class PendingMigrationsCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    private volatile bool _upToDate;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_upToDate)
            return HealthCheckResult.Healthy();
        await using var scope = scopes.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending: run the migrate verb.");
        _upToDate = true;
        return HealthCheckResult.Healthy();
    }
}

/// <summary>
/// /healthz/ready only: from SIGTERM on, the node says it is going away, so the proxy stops sending new requests
/// while the server drains the ones in flight (the host's shutdown timeout).
/// </summary>
internal sealed class ShutdownCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Shutting down.")
            : HealthCheckResult.Healthy());
}

/// <summary>Section "Shutdown".</summary>
public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long a node keeps serving after SIGTERM while /healthz/ready already answers 503, so that a load
    /// balancer probing readiness takes it out before it stops accepting connections. 0 (the default) stops at
    /// once: nginx, which does not probe, moves on when a connection is refused.
    /// </summary>
    public TimeSpan Delay { get; set; }
}

/// <summary>
/// Runs between the stopping signal (readiness turns 503) and the server's stop: the host calls every
/// lifecycle service's StoppingAsync before any hosted service's StopAsync, Kestrel's included. The delay is
/// wall-clock time, inside the host's shutdown timeout.
/// </summary>
internal sealed class ShutdownDelay(IOptions<ShutdownOptions> options, ILogger<ShutdownDelay> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Delay <= TimeSpan.Zero)
            return;
        logger.LogInformation("Shutting down: not ready, still serving for {Delay}", options.Value.Delay);
        try
        {
            await Task.Delay(options.Value.Delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out first: stop now.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
