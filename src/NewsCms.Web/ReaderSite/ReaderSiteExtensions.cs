using NewsCms.Core.Search;

namespace NewsCms.Web.ReaderSite;

public static class ReaderSiteExtensions
{
    /// <summary>The reader's site: search, the cached section menu, machine-reader settings.</summary>
    public static IServiceCollection AddReaderSite(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PublicSiteOptions>()
            .Bind(configuration.GetSection(PublicSiteOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidSiteUrl(), "PublicSite:SiteUrl must be an absolute http(s) address with no path, such as https://news.example.")
            // A foreign Host header must never reach an absolute URL (canonical, OpenGraph, JSON-LD, feeds, robots):
            // production names its address, or at least the hosts it answers to (docs/decisions.md).
            .Validate<IHostEnvironment>(
                (o, environment) => !environment.IsProduction() || !string.IsNullOrWhiteSpace(o.SiteUrl) || HasAllowedHosts(configuration),
                "In Production set PublicSite:SiteUrl (such as https://news.example), or AllowedHosts to the host names the site answers to.")
            .ValidateOnStart();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<ArticlePageQuery>();
        services.AddScoped<SitemapEntries>();
        services.AddMemoryCache();
        services.AddSingleton<SectionMenu>();
        return services;
    }

    private static bool HasAllowedHosts(IConfiguration configuration) =>
        configuration["AllowedHosts"] is { } hosts && hosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(h => h != "*") && hosts.Trim().Length > 0;
}
