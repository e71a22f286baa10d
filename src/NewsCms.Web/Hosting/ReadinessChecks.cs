using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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
