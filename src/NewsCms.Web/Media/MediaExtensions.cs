using NewsCms.Core.Media;

namespace NewsCms.Web.Media;

public static class MediaExtensions
{
    /// <summary>The picture library, its checks and its renditions (docs/pictures.md).</summary>
    public static void AddMedia(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaOptions>()
            .Bind(builder.Configuration.GetSection(MediaOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PictureInspector>();
        services.AddSingleton<RenditionMaker>();
        services.AddScoped<RenditionStore>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<BodyRenderer>();
        services.AddScoped<EditorLeadImageUpload>();
        services.AddSingleton<PictureMarkup>();

        // Renditions are made once and stored, so libvips's operation cache would only hold memory.
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
    }
}
