using System.Net;
using NewsCms.Core.Staff;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NewsCms.Web.Hosting;

/// <summary>Section "Telemetry": where to send metrics and traces besides the /metrics page.</summary>
public sealed class TelemetrySettings
{
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector, such as http://otel-collector:4317; unset, nothing is pushed and no traces are kept.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>This node's name on the System page and in exported metrics; several nodes on one machine need one each.</summary>
    public string NodeName { get; set; } = Environment.MachineName;
}

public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// OpenTelemetry metrics from ASP.NET Core, the runtime, Npgsql and the site's own meter, scraped by
    /// Prometheus at /metrics; with an OTLP endpoint set, metrics and traces are pushed there too.
    /// </summary>
    public static void AddNewsCmsTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetrySettings.SectionName).Get<TelemetrySettings>() ?? new();
        builder.Services.AddSingleton<SiteMetrics>();
        builder.Services.AddHostedService<PendingCommentsGauge>();
        builder.Services.AddOptions<TelemetrySettings>().BindConfiguration(TelemetrySettings.SectionName)
            .Validate(s => s.NodeName.Length is > 0 and <= Core.Operations.SystemSample.NodeMaxLength, "Telemetry:NodeName must be 1 to 100 characters")
            .ValidateOnStart();
        builder.Services.AddSingleton<Operations.NodeCounters>();
        builder.Services.AddSingleton<Operations.SystemSampler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<Operations.SystemSampler>());

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("newscms", serviceInstanceId: settings.NodeName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddMeter(SiteMetrics.MeterName)
                    // Every scrape reads the instruments afresh: the exporter's default 300 ms reuse of the last answer
                    // served a scrape the figures from before a page that had just been served. Only loopback and
                    // staff may scrape, so there is no storm to absorb.
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                if (settings.OtlpEndpoint is { } endpoint)
                    metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
            });
        if (settings.OtlpEndpoint is { } traces)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(otlp => otlp.Endpoint = traces));
        }
    }

    /// <summary>
    /// /metrics answers a scraper on this machine (loopback) or signed-in staff; anyone else gets a 404, as if
    /// there were nothing there, and a signed-in person without a staff role a 403. Behind a proxy the address
    /// is the client's (forwarded headers from a trusted proxy), so the proxy's own loopback does not open it.
    /// </summary>
    public static void UseNewsCmsMetrics(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(MetricsPath), gate => gate.Use((context, next) =>
        {
            var address = context.Connection.RemoteIpAddress;
            if (address is not null && IPAddress.IsLoopback(address))
                return next(context);
            if (context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            if (!Roles.All.Any(context.User.IsInRole))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            return next(context);
        }));
        app.UseOpenTelemetryPrometheusScrapingEndpoint(MetricsPath);
    }
}
