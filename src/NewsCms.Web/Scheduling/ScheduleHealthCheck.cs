using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsCms.Core.Scheduling;

namespace NewsCms.Web.Scheduling;

/// <summary>
/// /healthz "schedule": Degraded while a scheduled publish or unpublish is more than a minute late. The site
/// still serves readers (so 200), but no instance is publishing, and an editor's promise is being broken.
/// </summary>
public sealed class ScheduleHealthCheck(ScheduleRunner schedule, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var overdue = await schedule.OverdueAsync(clock.GetUtcNow(), cancellationToken);
        return overdue.Any ? HealthCheckResult.Degraded(overdue.Describe()) : HealthCheckResult.Healthy(overdue.Describe());
    }
}
