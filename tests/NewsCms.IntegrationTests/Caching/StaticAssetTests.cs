using System.Net;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Caching;

/// <summary>Stylesheets and scripts are linked by fingerprinted URLs, cached for a year, and served compressed.</summary>
[Collection(SharedApp.Name)]
public sealed class StaticAssetTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Pages_link_fingerprinted_assets_that_are_cached_for_a_year()
    {
        var page = await Html.ParseAsync((await App.GetAsync("/")).Html);
        var links = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        using var client = App.CreatePlainClient();

        foreach (var href in links)
        {
            using var response = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{href}: Cache-Control {response.Headers.CacheControl}");
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
    }
}
