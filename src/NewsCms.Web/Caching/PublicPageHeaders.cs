using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NewsCms.Web.Caching;

/// <summary>
/// Conditional GET and Cache-Control for public pages. On a render (a cache miss) it hashes the body into an
/// ETag and answers a matching If-None-Match with 304; the output cache stores the ETag with the page and
/// answers later conditional requests itself. Staff get "private, no-cache": their view is not the reader's.
/// </summary>
public sealed class PublicPageHeaders(RequestDelegate next, IOptionsMonitor<CachingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "private, no-cache";
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length > 0 && StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = options.CurrentValue.CacheControl;
            if (Matches(request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool Matches(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));
}
