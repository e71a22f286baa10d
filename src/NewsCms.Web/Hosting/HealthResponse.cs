using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsCms.Web.Hosting;

/// <summary>
/// /healthz (liveness): 200 while the database answers (status "Degraded" when the schedule runs late), 503
/// when it does not, with a small JSON report. /healthz/ready (readiness, for the proxy and the orchestrator)
/// adds the checks tagged <see cref="ReadinessOnly"/>: no pending migration, not shutting down.
/// </summary>
public static class HealthResponse
{
    public const string ReadinessOnly = "ready";

    public static HealthCheckOptions Options { get; } = Answering(check => !check.Tags.Contains(ReadinessOnly));

    public static HealthCheckOptions ReadinessOptions { get; } = Answering(_ => true);

    private static HealthCheckOptions Answering(Func<HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
