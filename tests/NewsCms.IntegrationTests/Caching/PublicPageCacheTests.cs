using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Comments;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Scheduling;
using NewsCms.Web.Caching;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Caching;

/// <summary>
/// Readers read through the output cache while the newsroom acts: after each action's response, the very next
/// read shows the change. Every test first proves the page is cached (an Age header: served from the cache),
/// so a pass cannot come from a page that was never cached.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PublicPageCacheTests(ManualSchedulingApplication app) : IClassFixture<ManualSchedulingApplication>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_public_page_is_cached_with_an_etag_and_cdn_headers_and_answers_304()
    {
        var url = await PublishedUrlAsync(await app.AddPublishedAsync("Council approves the riverside park"));

        var first = await ReadAsync(url);
        await WarmAsync(url);
        var second = await ReadAsync(url);

        Assert.False(first.Cached);
        Assert.Equal(first.ETag, second.ETag);
        Assert.NotNull(first.ETag);
        Assert.Equal("public, max-age=30, stale-while-revalidate=60", second.CacheControl);
        using var reader = app.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.ETag!));
        using var conditional = await reader.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
    }

    [Fact]
    public async Task Publishing_shows_on_the_front_page_feed_and_search_at_once()
    {
        await app.AddPublishedAsync("An older story about the harbour");
        await WarmAsync("/", "/feed.xml", "/search?q=riverside");
        using var editor = await app.SignedInClientAsync(Roles.Editor);

        await editor.PublishedStoryAsync(Story("Riverside park opens to the public"));

        Assert.Contains("Riverside park opens to the public", (await ReadAsync("/")).Body, StringComparison.Ordinal);
        Assert.Contains("Riverside park opens to the public", (await ReadAsync("/feed.xml")).Body, StringComparison.Ordinal);
        Assert.Contains("Riverside park opens", (await ReadAsync("/search?q=riverside")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_published_story_shows_on_its_page_and_the_front_page_at_once()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story("Council approves the riverside park"));
        var url = await PublishedUrlAsync(id);
        await WarmAsync(url, "/");

        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("Council approves the riverside park, with changes", "The vote was 7 to 2."));

        var page = await ReadAsync(url);
        Assert.Contains("Council approves the riverside park, with changes", page.Body, StringComparison.Ordinal);
        Assert.Contains("The vote was 7 to 2.", page.Body, StringComparison.Ordinal);
        Assert.Contains("Council approves the riverside park, with changes", (await ReadAsync("/")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublishing_takes_the_story_off_its_page_and_the_front_page_at_once()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story("Council approves the riverside park"));
        var url = await PublishedUrlAsync(id);
        await WarmAsync(url, "/");

        await editor.PressOkAsync(EditUrl(id), "Unpublish", Story("Council approves the riverside park"));

        Assert.Equal(HttpStatusCode.Gone, (await ReadAsync(url)).Status);
        Assert.DoesNotContain("Council approves the riverside park", (await ReadAsync("/")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_a_comment_shows_it_and_its_count_at_once()
    {
        var id = await app.AddPublishedAsync("Council approves the riverside park");
        var url = await PublishedUrlAsync(id);
        using var reader = app.ReaderClient();
        (await app.PostCommentAsync(reader, CommentPosting.Fields("Ada", "Good news for the river."), url)).Dispose();
        await WarmAsync(url);
        Assert.Contains("Comments (0)", (await ReadAsync(url)).Body, StringComparison.Ordinal);
        var commentId = await app.WithDbAsync(db => db.Comments.Select(c => c.Id).SingleAsync());
        using var moderator = await app.SignedInClientAsync(Roles.Moderator);

        using var approved = await moderator.PostFormAsync($"/moderation/comments/{commentId}", new() { ["verb"] = "Approve" }, "/moderation");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var page = await ReadAsync(url);
        Assert.Contains("Comments (1)", page.Body, StringComparison.Ordinal);
        Assert.Contains("Good news for the river.", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scheduled_publisher_evicts_when_its_transaction_commits()
    {
        var id = await app.AddScheduledAsync("Budget vote at noon", app.Clock.GetUtcNow().AddMinutes(5));
        await WarmAsync("/");
        app.Clock.Advance(TimeSpan.FromMinutes(6));

        await app.RunScheduleAsync();

        Assert.Contains("Budget vote at noon", (await ReadAsync("/")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(await PublishedUrlAsync(id))).Status);
    }

    [Fact]
    public async Task Signed_in_staff_bypass_the_cache()
    {
        var url = await PublishedUrlAsync(await app.AddPublishedAsync("Council approves the riverside park"));
        await WarmAsync(url);
        using var editor = await app.SignedInClientAsync(Roles.Editor);

        using var response = await editor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true, Public: false }, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_change_made_by_another_process_arrives_through_postgres_notify()
    {
        var id = await app.AddPublishedAsync("Council approves the riverside park");
        var url = await PublishedUrlAsync(id);
        await WarmAsync(url);
        // Around the change tracker, as another process would change it: this process evicts nothing itself.
        await app.WithDbAsync(db => db.Articles.Where(a => a.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Headline, "Council rejects the riverside park")));
        Assert.Contains("Council approves the riverside park", (await ReadAsync(url)).Body, StringComparison.Ordinal);

        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"SELECT pg_notify({PageEvictionBroadcast.Channel}, {PageEvictionBroadcast.Format("import-verb", [$"article:{id}"])})"));

        Assert.True(await ScheduleTestKit.EventuallyAsync(async () =>
            (await ReadAsync(url)).Body.Contains("Council rejects the riverside park", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Pages_are_stored_and_served_compressed_for_browsers_that_accept_it()
    {
        var url = await PublishedUrlAsync(await app.AddPublishedAsync("Council approves the riverside park"));
        using var reader = app.CreatePlainClient();

        foreach (var (accepts, expected) in new[] { ("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br", "br") })
        {
            for (var i = 0; i < 2; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("Accept-Encoding", accepts);
                using var response = await reader.SendAsync(request);
                Assert.Equal([expected], response.Content.Headers.ContentEncoding);
            }
        }
        var plain = await ReadAsync(url);
        Assert.Contains("Council approves the riverside park", plain.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_is_bounded_by_its_setting()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>().Value;

        Assert.Equal(64L * 1024 * 1024, options.SizeLimit);
        Assert.True(options.UseCaseSensitivePaths);
    }

    private sealed record Read(HttpStatusCode Status, string Body, bool Cached, string? ETag, string? CacheControl);

    private async Task<Read> ReadAsync(string url)
    {
        using var reader = app.CreatePlainClient();
        using var response = await reader.GetAsync(url);
        return new Read(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Age is not null,
            response.Headers.ETag?.ToString(), response.Headers.CacheControl?.ToString());
    }

    /// <summary>
    /// Reads each page until a read comes from the cache. A few tries, because an eviction's second pass
    /// (two seconds after an earlier action) may land between two reads.
    /// </summary>
    private async Task WarmAsync(params string[] urls)
    {
        foreach (var url in urls)
        {
            var cached = false;
            for (var attempt = 0; attempt < 4 && !cached; attempt++)
                cached = (await ReadAsync(url)).Cached;
            Assert.True(cached, $"{url} was not served from the cache");
        }
    }

    private async Task<string> PublishedUrlAsync(int id) => ScheduleTestKit.UrlOf(await ScheduleTestKit.ArticleAsync(app, id));
}
