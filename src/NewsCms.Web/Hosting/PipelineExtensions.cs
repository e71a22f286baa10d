using Serilog;
using Serilog.Events;

namespace NewsCms.Web.Hosting;

public static class PipelineExtensions
{
    /// <summary>The developer page in Development; elsewhere /error, HSTS, and readable pages for every status code.</summary>
    public static void UseNewsCmsErrorPages(this WebApplication app)
    {
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
    }

    public static void UseNewsCmsRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel);

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
}
