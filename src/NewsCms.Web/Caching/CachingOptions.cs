using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace NewsCms.Web.Caching;

/// <summary>Settings under "Caching": the server-side page cache and the Cache-Control readers and CDNs get.</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>Off only to measure the uncached path (bench/run); eviction and headers work either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a page may stay in the server cache. Eviction is exact, so this only bounds what
    /// changes with time alone (comments closing N days after publication).</summary>
    [Range(1, 24 * 60)]
    public int ServerMinutes { get; set; } = 10;

    /// <summary>max-age for browsers and CDNs, which we cannot evict: kept short.</summary>
    [Range(0, 3600)]
    public int MaxAgeSeconds { get; set; } = 30;

    /// <summary>How long a CDN may keep serving a page while it fetches a fresh one.</summary>
    [Range(0, 86400)]
    public int StaleWhileRevalidateSeconds { get; set; } = 60;

    /// <summary>Upper bound of the server cache, in megabytes.</summary>
    [Range(1, 4096)]
    public int SizeLimitMegabytes { get; set; } = 64;

    public TimeSpan ServerDuration => TimeSpan.FromMinutes(ServerMinutes);

    public string CacheControl => string.Create(CultureInfo.InvariantCulture,
        $"public, max-age={MaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}");
}
