using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NewsCms.Web.Hosting;

/// <summary>The proxies whose X-Forwarded-* headers are believed (section "ForwardedHeaders" of appsettings).</summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, such as 10.0.0.5. None by default.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, such as 10.0.0.0/8. None by default.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// The client's address, scheme and host come from X-Forwarded-For/-Proto/-Host only when the request
    /// comes from a configured proxy; by default none is trusted (not even loopback), so a forged header
    /// changes nothing: rate limits, bans and IP hashes, Secure cookies and HSTS see the real connection.
    /// </summary>
    public static void AddNewsCmsForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            var trusted = configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>() ?? new();
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.KnownProxies)
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in trusted.KnownNetworks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }
}
