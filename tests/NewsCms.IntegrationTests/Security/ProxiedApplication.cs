using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>The app behind one trusted proxy (10.0.0.1), with its public address set and a low sign-in limit.</summary>
public sealed class ProxiedApplication : NewsCmsApplication
{
    public const string Proxy = "10.0.0.1";
    public const string SiteUrl = "https://news.example";
    public const int SignInsPerWindow = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:AttemptsPerWindow", SignInsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        builder.UseSetting("PublicSite:SiteUrl", SiteUrl);
    }

    /// <summary>One request from a given connection address, with the headers given, straight through the test server.</summary>
    public Task<HttpContext> SendFromAsync(string remote, string method, string path, string host = "news.example", params (string Name, string Value)[] headers) =>
        Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = path;
            context.Request.Host = new HostString(host);
            context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            foreach (var (name, value) in headers)
                context.Request.Headers[name] = value;
        });

    public static string RandomAddress(string prefix) => $"{prefix}.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}";
}

[CollectionDefinition(Name)]
public sealed class ProxiedApp : ICollectionFixture<ProxiedApplication>
{
    public const string Name = "proxied app";
}
