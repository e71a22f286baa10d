using NewsCms.Core.Caching;
using NewsCms.Core.Data;

namespace NewsCms.Web.Hosting;

public static class DatabaseExtensions
{
    /// <summary>
    /// The one store and the clock. Every save goes through the save pipeline (docs/architecture.md): the
    /// DbContext writes revisions and activity lines, and this interceptor evicts the public pages the save
    /// changed once it commits, whoever saves.
    /// </summary>
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:Default is not set (environment variable ConnectionStrings__Default).");

        services.AddSingleton<PublicPageEvictionInterceptor>();
        services.AddDbContextPool<NewsDbContext>((sp, options) => options
            .UseNewsDatabase(connectionString)
            .AddInterceptors(sp.GetRequiredService<PublicPageEvictionInterceptor>()));
        services.AddSingleton(TimeProvider.System);
        services.AddHealthChecks()
            .AddDbContextCheck<NewsDbContext>("database")
            .AddCheck<PendingMigrationsCheck>("migrations", tags: [HealthResponse.ReadinessOnly])
            .AddCheck<ShutdownCheck>("shutdown", tags: [HealthResponse.ReadinessOnly]);
        services.AddSingleton<PendingMigrationsCheck>();
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName)
            .Validate(o => o.Delay >= TimeSpan.Zero, "Shutdown:Delay must not be negative").ValidateOnStart();
        services.AddHostedService<ShutdownDelay>();
        services.AddSharedDataProtection(configuration, connectionString);
        return services;
    }

    /// <summary>In Development the app brings its own schema up to date, so a fresh clone just runs.</summary>
    public static async Task MigrateInDevelopmentAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NewsDbContext>().MigrateNewsDatabaseAsync();
    }
}
