using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsCms.Core.Scheduling;

namespace NewsCms.Web.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>The schedule's run, the background publisher that carries it out, and its /healthz check.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.SectionName))
            .Validate(options => options.IsValid(), SchedulingOptions.InvalidMessage)
            .ValidateOnStart();
        services.AddScoped<ScheduleRunner>();
        services.AddHostedService<ScheduledPublisher>();

        // A late schedule degrades the report; if its query fails, the database check already says why.
        services.AddHealthChecks().AddCheck<ScheduleHealthCheck>("schedule", HealthStatus.Degraded);
        return services;
    }
}
