using NewsCms.Core.Data;
using NewsCms.Web.Caching;
using Serilog;
using Serilog.Events;

namespace NewsCms.Web.Hosting;

public static class PipelineExtensions
{
    public static void UseNewsCmsPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel);
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UsePublicPageCaching();
    }

    public static void MapNewsCmsEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        // WithStaticAssets: asp-append-version links the fingerprinted URL, which is served with a one-year immutable Cache-Control.
        app.MapControllers().WithStaticAssets();
    }

    /// <summary>
    /// Every request the app works for is logged at Information, failures higher. Pages served straight from
    /// the output cache (they carry Age) and static assets are logged at Debug: under a breaking-news spike a
    /// line per hit cost a fifth of the throughput, and the CDN or proxy in front keeps the access log.
    /// </summary>
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsed, Exception? exception)
    {
        if (exception is not null || context.Response.StatusCode >= 500)
            return LogEventLevel.Error;
        var fromCache = context.Response.Headers.Age.Count > 0;
        var staticAsset = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;
        return fromCache || staticAsset ? LogEventLevel.Debug : LogEventLevel.Information;
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
