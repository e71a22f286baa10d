using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Importing;
using NewsCms.Core.Markdown;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Tags;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Newsroom;

public static class NewsroomExtensions
{
    /// <summary>The newsroom's settings and the desk that writes stories: Markdown, saving, tags, the editor, the importer.</summary>
    public static IServiceCollection AddNewsroom(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsroomOptions>()
            .Bind(configuration.GetSection(NewsroomOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(HasKnownTimeZone, "Newsroom:TimeZone is not a time zone this machine knows (use an IANA name such as Europe/London).")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<NewsroomOptions>>().Value);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ArticleSaver>();
        services.AddScoped<TagResolver>();
        services.AddScoped<ArticleImporter>();
        services.AddScoped<WirePicture>();
        services.AddScoped<ArticleEditorModels>();
        services.AddScoped<SearchAppearance>();
        services.AddScoped<ArticleListModels>();
        return services;
    }

    private static bool HasKnownTimeZone(NewsroomOptions options) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _);
}
