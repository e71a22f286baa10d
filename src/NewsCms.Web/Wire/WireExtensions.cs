using NewsCms.Core.Wire;

namespace NewsCms.Web.Wire;

public static class WireExtensions
{
    /// <summary>Agency copy: the readers' intake, the Incoming desk, the per-source settings and the folder watcher.</summary>
    public static IServiceCollection AddWire(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WireOptions>()
            .Bind(configuration.GetSection(WireOptions.SectionName))
            .Validate(o => o.FolderPollInterval > TimeSpan.Zero, "Wire:FolderPollInterval must be positive.")
            .ValidateOnStart();
        services.AddScoped<AgencyStories>();
        services.AddScoped<WireIntake>();
        services.AddScoped<WireFileImporter>();
        services.AddSingleton<WireBatchImporter>();
        services.AddScoped<WireDesk>();
        services.AddSingleton<WireFiles>();
        services.AddSingleton<WireFolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WireFolderWatcher>());
        return services;
    }
}
