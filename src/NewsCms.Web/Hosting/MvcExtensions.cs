using Microsoft.AspNetCore.Mvc;

namespace NewsCms.Web.Hosting;

public static class MvcExtensions
{
    /// <summary>MVC with antiforgery on every unsafe method, and the static assets.</summary>
    public static void AddNewsCmsMvc(this WebApplicationBuilder builder)
    {
        // Serves wwwroot from the build output in every environment (tests run as "Testing"); a no-op
        // once published, where the assets sit in wwwroot beside the app.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
    }

    /// <summary>Static assets, /healthz, /healthz/ready and the controllers (every feature's routes are attributes on its controllers).</summary>
    public static void MapNewsCmsEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        app.MapHealthChecks("/healthz/ready", HealthResponse.ReadinessOptions);
        // WithStaticAssets: asp-append-version links the fingerprinted URL, which is served with a one-year immutable Cache-Control.
        app.MapControllers().WithStaticAssets();
        // Any method on a URL no route serves is a 404 (then the error page). Without this, a POST to an unknown
        // URL answered 405: routing's method check runs before the constraints of single-segment routes such as
        // /sitemap-{page}.xml are tested, so it saw a GET-only candidate for every path.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}
