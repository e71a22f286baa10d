using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, item 6: a foreign Host never reaches an absolute URL; Production will not start without the site's address.</summary>
[Collection(ProxiedApp.Name)]
public sealed class HostHeaderTests(ProxiedApplication app)
{
    [Fact]
    public async Task A_foreign_host_yields_no_foreign_urls()
    {
        var article = await app.PublishAsync($"Host story {Guid.NewGuid():N}", new DateOnly(2026, 11, 20));
        var articleUrl = $"/{article.PublishedOn:yyyy}/{article.PublishedOn:MM}/{article.PublishedOn:dd}/{article.Slug}";

        foreach (var url in new[] { "/", articleUrl, "/feed.xml", "/atom.xml", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt" })
        {
            foreach (var (name, value) in new[] { ("Host", "evil.example"), ("X-Forwarded-Host", "evil.example") })
            {
                using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://evil.example/") });
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (name != "Host")
                    request.Headers.Add(name, value);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
                Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Production_refuses_to_start_without_the_sites_address()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Default", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none");
            builder.UseSetting("Comments:IpHashSalt", "a-long-random-secret-for-this-test-only");
            builder.UseSetting("PublicSite:SiteUrl", "");
            builder.UseSetting("Scheduling:Enabled", "false");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("PublicSite:SiteUrl", error.ToString(), StringComparison.Ordinal);
    }
}
