using NewsCms.Core.Data;

namespace NewsCms.Web.Hosting;

/// <summary>
/// While PostgreSQL is unreachable, pages answer a plain 503 (with Retry-After) instead of an error page,
/// in every environment. Nothing is cached or remembered: the next request after the database is back
/// simply succeeds, because Npgsql's pool opens fresh connections.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Temporarily unavailable</title></head>
        <body><main><h1>Temporarily unavailable</h1>
        <p>We cannot reach our database just now. Please try again in a minute.</p></main></body></html>
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (NewsDatabase.IsUnavailable(exception) && !context.Response.HasStarted)
        {
            logger.LogError(exception, "Database unavailable while serving {Path}", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page);
        }
    }
}
