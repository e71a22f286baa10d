using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Comments;

public static class CommentExtensions
{
    public const string RateLimitPolicy = "comments";

    /// <summary>Settings, the intake and its spam checks, the desk, the Trash purger, and the per-IP limit on comment POSTs.</summary>
    public static void AddComments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var local = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing");
        services.AddOptions<CommentOptions>()
            .Bind(builder.Configuration.GetSection(CommentOptions.SectionName))
            .PostConfigure(options =>
            {
                if (local && string.IsNullOrEmpty(options.IpHashSalt))
                    options.IpHashSalt = CommentOptions.LocalIpHashSalt;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IpHasher>();
        services.AddSingleton<CommentFormTimer>();
        services.AddSingleton<PendingComments>();
        services.AddSingleton<SenderCookie>();
        services.AddScoped<CommentIntake>();
        services.AddScoped<CommentModeration>();
        services.AddScoped<QueueReader>();
        services.AddScoped<CommentBans>();
        services.AddScoped<CommentEditing>();
        services.AddScoped<CommentTrash>();
        services.AddHostedService<TrashPurger>();

        // Asked in this order, cheapest first; the first that objects sends the comment to Spam.
        services.AddScoped<ISpamCheck, HoneypotCheck>();
        services.AddScoped<ISpamCheck, FillTimeCheck>();
        services.AddScoped<ISpamCheck, LinkCheck>();
        services.AddScoped<ISpamCheck, RateCheck>();
        services.AddScoped<ISpamCheck, ContentScorer>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejected;
            options.AddPolicy(RateLimitPolicy, PerIp);
        });
    }

    /// <summary>A fixed window per IP address (its hash: the address is not kept even in memory keys).</summary>
    private static RateLimitPartition<string> PerIp(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<CommentOptions>>().Value;
        var key = context.RequestServices.GetRequiredService<IpHasher>().Hash(context.Connection.RemoteIpAddress);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PostsPerWindow,
            Window = TimeSpan.FromMinutes(settings.WindowMinutes),
            QueueLimit = 0,
        });
    }

    /// <summary>The body is left empty so the status-code pages show the readable 429 page (ErrorsController).</summary>
    private static ValueTask OnRejected(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(CommentExtensions))
            .LogWarning("Rate limit reached on {Path}", context.HttpContext.Request.Path);
        return ValueTask.CompletedTask;
    }
}
