using NewsCms.Core.Search;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Hosting;

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
        services.AddScoped<SitemapEntries>();
        services.AddMemoryCache();
        services.AddSingleton<SectionMenu>();
        return services;
    }
}
