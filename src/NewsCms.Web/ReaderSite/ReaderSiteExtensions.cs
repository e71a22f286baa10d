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
            .ValidateOnStart();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<ArticlePageQuery>();
        services.AddScoped<SitemapEntries>();
        services.AddMemoryCache();
        services.AddSingleton<SectionMenu>();
        return services;
    }
}
