using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, item 5: no browser or shared cache keeps a staff page.</summary>
[Collection(SharedApp.Name)]
public sealed class StaffPageCachingTests(NewsCmsApplication app)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/articles")]
    [InlineData("/moderation")]
    [InlineData("/account/logout")]
    public async Task Signed_in_staff_pages_are_not_stored(string url)
    {
        using var client = await app.SignedInClientAsync(Roles.Admin);

        using var response = await client.GetAsync(url);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/admin")]
    public async Task Sign_in_page_and_the_redirect_to_it_are_not_stored(string url)
    {
        using var client = app.CreatePlainClient();

        using var response = await client.GetAsync(url);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
    }
}
