using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsCms.Core.Caching;
using NewsCms.Web.Caching;

namespace NewsCms.Web.Media;

/// <summary>
/// A rendition never changes under its URL (the fingerprint is in it), so each node keeps the ones readers ask for in
/// its output cache: serving a hot picture then costs no database round trip and no copy out of PostgreSQL or the
/// bucket. Pictures are the same for everyone, so signed-in staff share the entries. Each entry carries its
/// picture's tag; deleting the picture evicts it on every node, so a deleted picture is not served from memory.
/// </summary>
public sealed class RenditionCachePolicy(IOptionsMonitor<CachingOptions> settings) : IOutputCachePolicy
{
    public const string Name = "rendition";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = settings.CurrentValue;
        var cacheable = options.Enabled && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // a burst of readers on a new picture waits for one read
        context.ResponseExpirationTimeSpan = options.ServerDuration;
        // No vary rules: the path alone names the bytes (a query string cannot multiply entries).
        if (http.Request.RouteValues["id"] is string id && int.TryParse(id, out var mediaId))
            context.Tags.Add(PublicPageTags.Media(mediaId));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
