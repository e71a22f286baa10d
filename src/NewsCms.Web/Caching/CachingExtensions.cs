using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using NewsCms.Core.Caching;

namespace NewsCms.Web.Caching;

public static class CachingExtensions
{
    /// <summary>The output cache, its policy for public pages, eviction (here and across processes) and compression.</summary>
    public static void AddPublicPageCaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CachingOptions>()
            .Bind(builder.Configuration.GetSection(CachingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptionsMonitor<CachingOptions>>((options, caching) =>
        {
            options.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(caching));
            options.AddPolicy(Media.RenditionCachePolicy.Name, new Media.RenditionCachePolicy(caching));
            options.SizeLimit = caching.CurrentValue.SizeLimitMegabytes * 1024L * 1024L;
            options.UseCaseSensitivePaths = true; // slugs are case-sensitive: /X must not be served /x's page
        });
        services.AddSingleton<PageEvictionBroadcast>();
        services.AddSingleton<OutputCachePublicPages>();
        services.AddSingleton<IPublicPageCache>(sp => sp.GetRequiredService<OutputCachePublicPages>());
        services.AddHostedService<PageEvictionListener>();

        // Compressed once, inside the output cache, so a cached page costs no compression per request.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // public pages only (see UsePublicPageCaching): no secrets to leak (BREACH)
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "text/xml", "application/xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }

    /// <summary>After authentication (staff bypass the cache), before the endpoints.</summary>
    public static void UsePublicPageCaching(this WebApplication app)
    {
        // A cached page or picture is made once for every reader waiting on it (the cache's locking): the first
        // reader's work is shared, so that reader closing the tab must not cancel it and fail the others with a 500.
        // Not the app's stopping token either: a node draining after SIGTERM still serves pages (docs/operations.md).
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is not null && HttpMethods.IsGet(context.Request.Method))
                context.RequestAborted = CancellationToken.None;
            return next(context);
        });
        app.UseOutputCache();
        app.UseWhen(IsPublicPage, page =>
        {
            page.UseMiddleware<PublicPageHeaders>();
            page.UseResponseCompression();
        });
    }

    /// <summary>Adds what a page shows, found while rendering it (the article's id, the section's id), to its cache tags.</summary>
    public static void TagPublicPage(this HttpContext context, string tag) =>
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);

    private static bool IsPublicPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: PublicPagePolicy.Name };
}
