using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

/// <summary>Browsers ask for /favicon.ico on their own; a 404 there is a console error on every first visit.</summary>
[Collection(SharedApp.Name)]
public sealed class FaviconTests(NewsCmsApplication app)
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Site_has_an_icon(string path, string contentType)
    {
        using var response = await app.CreateClient().GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pages_link_the_icon()
    {
        var page = await Html.ParseAsync((await app.GetAsync("/")).Html);

        Assert.NotNull(page.QuerySelector("link[rel='icon'][href^='/favicon.'][href$='.svg']"));
    }
}
