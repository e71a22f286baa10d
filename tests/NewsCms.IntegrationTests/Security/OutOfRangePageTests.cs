using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, item 8: a page number past any listing is 404 on every paged route, never a 500.</summary>
[Collection(SharedApp.Name)]
public sealed class OutOfRangePageTests(NewsCmsApplication app)
{
    private const string Huge = "page=2147483647";

    [Fact]
    public async Task Public_listings_answer_404()
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var article = await app.PublishAsync($"Paging story {key}", new DateOnly(2026, 11, 20));
        var section = await app.AddSectionAsync($"Paging {key}", $"paging-{key}");
        var tag = await app.AddTagAsync($"Paging {key}", $"paging-{key}");
        var author = await app.AddAuthorAsync($"Paging {key}", $"paging-{key}", null);
        await app.FileAsync(article, section, tag, author);

        foreach (var url in new[] { $"/?{Huge}", $"/section/paging-{key}?{Huge}", $"/tag/paging-{key}?{Huge}", $"/author/paging-{key}?{Huge}", $"/search?q=paging&{Huge}", $"/corrections?{Huge}", "/sitemap-2147483647.xml" })
        {
            var (status, _) = await app.GetAsync(url);
            Assert.True(status == HttpStatusCode.NotFound, $"{url}: {(int)status}");
        }
    }

    [Fact]
    public async Task Newsroom_lists_answer_404()
    {
        using var client = await app.SignedInClientAsync(Roles.Admin);

        foreach (var url in new[] { $"/admin/articles?{Huge}", $"/admin/activity?{Huge}" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
    }
}
