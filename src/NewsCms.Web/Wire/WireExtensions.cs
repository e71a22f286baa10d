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
            .Validate(o => o.FeedPollInterval > TimeSpan.Zero && o.FeedMaxBackoff >= o.FeedPollInterval, "Wire:FeedPollInterval must be positive and Wire:FeedMaxBackoff at least as long.")
            .Validate(o => o.Sources.Values.All(s => s.FeedUrl is null || (Uri.TryCreate(s.FeedUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")), "Wire:Sources:NAME:FeedUrl must be an absolute http or https URL.")
            .ValidateOnStart();
        services.AddScoped<AgencyStories>();
        services.AddScoped<AgencyPictures>();
        services.AddScoped<WireIntake>();
        services.AddScoped<WireFileImporter>();
        services.AddSingleton<WireBatchImporter>();
        services.AddScoped<WireDesk>();
        services.AddSingleton<WireFiles>();
        services.AddSingleton<WireFolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WireFolderWatcher>());
        services.AddHttpClient(WireFeedPoller.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("NewsCms-wire/1.0");
        })
            // The poller follows redirects itself, each checked against the source's servers (FeedHosts).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<WireFeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<WireFeedPoller>());
        return services;
    }
}
