using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

[Collection(SharedApp.Name)]
public sealed class FrontPageTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Empty_site_shows_a_friendly_front_page()
    {
        var (status, html) = await App.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No stories have been published yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_are_newest_first_and_paged_with_prev_and_next_links()
    {
        // 45 stories on 45 days: page size 20 gives pages of 20, 20 and 5.
        for (var day = 1; day <= 45; day++)
            await App.ImportAsync(WireCopy($"Story number {day}", new DateOnly(2024, 1, 1).AddDays(day)));

        var first = await Html.ParseAsync((await App.GetAsync("/")).Html);
        Assert.Equal("Story number 45", first.QuerySelector(".lead h2")!.Text());
        var latest = first.QuerySelectorAll(".latest .card h3").Select(h => h.Text()).ToList();
        Assert.Equal(Enumerable.Range(26, 19).Reverse().Select(n => $"Story number {n}"), latest);
        Assert.Equal("/?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var second = await Html.ParseAsync((await App.GetAsync("/?page=2")).Html);
        Assert.Null(second.QuerySelector(".lead"));
        Assert.Equal("Story number 25", second.QuerySelector(".card h3")!.Text());
        Assert.Equal("/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));

        var third = await Html.ParseAsync((await App.GetAsync("/?page=3")).Html);
        Assert.Equal(5, third.QuerySelectorAll(".card").Length);
        Assert.Null(third.QuerySelector("a[rel=next]"));
        Assert.Equal("/?page=2", third.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?page=2")]
    [InlineData("/?page=0")]
    [InlineData("/?page=-1")]
    public async Task Pages_out_of_range_are_not_found(string url)
    {
        await App.ImportAsync(WireCopy("Only story", new DateOnly(2024, 5, 1)));

        Assert.Equal(HttpStatusCode.NotFound, (await App.GetAsync(url)).Status);
    }

    [Fact]
    public async Task Unpublished_story_leaves_the_front_page_and_its_url_answers_gone()
    {
        var article = (await App.ImportAsync(WireCopy("Withdrawn story", new DateOnly(2024, 5, 1)))).Article!;
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Unpublish(Actor.System, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var (status, html) = await App.GetAsync("/2024/05/01/withdrawn-story");
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("no longer available", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdrawn story", (await App.GetAsync("/")).Html, StringComparison.Ordinal);
    }

    private static string WireCopy(string headline, DateOnly day) =>
        $"{headline}\n{day.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))}\nLONDON — Body of {headline}.\n";
}
