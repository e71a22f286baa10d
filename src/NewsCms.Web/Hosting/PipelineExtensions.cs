using NewsCms.Core.Data;
using NewsCms.Web.Caching;
using Serilog;

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
        app.UseSerilogRequestLogging();
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseRequestLocalization("en-US");
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

    /// <summary>In Development the app brings its own schema up to date, so a fresh clone just runs.</summary>
    public static async Task MigrateInDevelopmentAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NewsDbContext>().MigrateNewsDatabaseAsync();
    }
}
