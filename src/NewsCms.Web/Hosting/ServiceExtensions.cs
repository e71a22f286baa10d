using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Importing;
using NewsCms.Core.Markdown;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Caching;

namespace NewsCms.Web.Hosting;

public static class ServiceExtensions
{
    /// <summary>The domain: database, clock, settings, Markdown and importing.</summary>
    public static IServiceCollection AddNewsCms(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:Default is not set (environment variable ConnectionStrings__Default).");

        // Every save evicts the public pages it changes, whichever code path makes it (docs/performance.md).
        services.AddSingleton<PublicPageEvictionInterceptor>();
        services.AddDbContextPool<NewsDbContext>((sp, options) => options
            .UseNewsDatabase(connectionString)
            .AddInterceptors(sp.GetRequiredService<PublicPageEvictionInterceptor>()));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<NewsroomOptions>()
            .Bind(configuration.GetSection(NewsroomOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(HasKnownTimeZone, "Newsroom:TimeZone is not a time zone this machine knows (use an IANA name such as Europe/London).")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<NewsroomOptions>>().Value);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<ArticleSaver>();
        services.AddScoped<ScheduledPublishing>();
        services.AddScoped<TagResolver>();
        services.AddScoped<StaffAccounts>();
        services.AddReaderSite(configuration);
        return services;
    }

    /// <summary>The web host: MVC with antiforgery on every unsafe method, the scheduled publisher, health checks, static assets.</summary>
    public static void AddNewsCmsWeb(this WebApplicationBuilder builder)
    {
        // Serves wwwroot from the build output in every environment (tests run as "Testing"); a no-op
        // once published, where the assets sit in wwwroot beside the app.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddNewsroomIdentity();
        services.AddScoped<ArticleEditorModels>();
        services.AddEditorialIntegrity();
        services.AddOptions<SchedulingOptions>()
            .Bind(builder.Configuration.GetSection(SchedulingOptions.SectionName))
            .Validate(options => options.IsValid(), SchedulingOptions.InvalidMessage)
            .ValidateOnStart();
        services.AddHostedService<ScheduledPublisher>();
        builder.AddComments();
        builder.AddPublicPageCaching();

        // A late schedule degrades the report; if its query fails, the database check already says why.
        services.AddHealthChecks()
            .AddDbContextCheck<NewsDbContext>("database")
            .AddCheck<ScheduleHealthCheck>("schedule", HealthStatus.Degraded);
    }

    private static bool HasKnownTimeZone(NewsroomOptions options) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _);
}
