using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.ReaderSite;

/// <summary>What machine readers need to know about the public site (section "PublicSite" of appsettings).</summary>
public sealed class PublicSiteOptions
{
    public const string SectionName = "PublicSite";

    /// <summary>
    /// The site's public address (https://news.example), used for every absolute URL in feeds, sitemaps,
    /// canonical links and structured data. Unset: the address of the request, which is right behind a
    /// proxy only if forwarded headers are configured, so production sets it.
    /// </summary>
    public string? SiteUrl { get; set; }

    /// <summary>The publisher logo for structured data and feeds, a path under wwwroot.</summary>
    [Required]
    public string LogoPath { get; set; } = "/img/logo.png";

    /// <summary>The publication's language: feeds, the Google News sitemap.</summary>
    [Required]
    public string Language { get; set; } = "en";

    [Range(1, 500)]
    public int FeedSize { get; set; } = 50;

    /// <summary>The About page's text (/about): plain text, paragraphs separated by a blank line.</summary>
    [Required]
    public string About { get; set; } =
        "We report the news of the day: what happened, why it matters and what comes next.\n\n" +
        "Our reporters and editors check every story before it is published. When we get something wrong we say so: " +
        "every correction is listed on the corrections page and at the foot of the story it corrects.";

    /// <summary>The sitemap protocol's limit is 50,000 URLs a file; beyond this /sitemap.xml becomes an index.</summary>
    [Range(1, 50_000)]
    public int SitemapUrlsPerFile { get; set; } = 50_000;

    public bool HasValidSiteUrl() =>
        string.IsNullOrWhiteSpace(SiteUrl)
        || (Uri.TryCreate(SiteUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.PathAndQuery == "/");

    /// <summary>The base for absolute URLs, without a trailing slash.</summary>
    public string BaseUrl(HttpRequest request) =>
        (string.IsNullOrWhiteSpace(SiteUrl) ? $"{request.Scheme}://{request.Host}" : SiteUrl).TrimEnd('/');
}
