using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NewsCms.Core.Caching;
using NewsCms.Web.Hosting;

namespace NewsCms.Web.Caching;

/// <summary>
/// The output-cache policy of every public page and feed: anonymous GETs only (signed-in staff always see the
/// live page), keyed by path, the query keys pages read and the response encoding, kept until evicted.
/// </summary>
public sealed class PublicPagePolicy(IOptionsMonitor<CachingOptions> settings) : IOutputCachePolicy
{
    public const string Name = "public-page";

    /// <summary>The only query keys any public page reads; others cannot multiply the cache entries.</summary>
    private static readonly StringValues QueryKeys = new(["page", "q", "comment"]);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = settings.CurrentValue;
        var cacheable = options.Enabled
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // a burst of readers on a cold page waits for one render
        context.ResponseExpirationTimeSpan = options.ServerDuration;
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        context.CacheVaryByRules.VaryByValues["encoding"] = Encoding(http.Request);
        context.Tags.Add(PublicPageTags.All);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.RequestServices.GetRequiredService<SiteMetrics>().PageServed(fromCache: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Only complete 200s that hand out nothing personal (no cookie) are stored.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (context.AllowCacheLookup)
            context.HttpContext.RequestServices.GetRequiredService<SiteMetrics>().PageServed(fromCache: false);
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>The stored bytes are compressed, so the key says how: the same choice the compression middleware makes.</summary>
    private static string Encoding(HttpRequest request)
    {
        var accept = request.Headers.AcceptEncoding.ToString();
        if (accept.Contains("br", StringComparison.OrdinalIgnoreCase))
            return "br";
        return accept.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : "identity";
    }
}
