using System.Globalization;
using System.Net;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ScheduleTestKit;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>The schedule run directly, against the app's fake clock, with the background publisher off.</summary>
[Collection(SharedApp.Name)]
public sealed class ScheduleRunnerTests(ManualSchedulingApplication app) : AppTest(app), IClassFixture<ManualSchedulingApplication>
{
    [Fact]
    public async Task Scheduled_article_is_not_published_before_its_instant_and_is_published_at_it()
    {
        var at = App.Clock.GetUtcNow().AddMinutes(10);
        var id = await App.AddScheduledAsync("Council votes on the budget", at);

        Assert.True((await App.RunScheduleAsync()).ChangedNothing);
        App.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.True((await App.RunScheduleAsync()).ChangedNothing);
        Assert.Equal(ArticleStatus.Scheduled, (await App.ArticleAsync(id)).Status);

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var run = await App.RunScheduleAsync();

        Assert.Equal([id], run.Published);
        var article = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(at, article.PublishedAt);
        Assert.Null(article.ScheduledAt);
    }

    [Fact]
    public async Task Published_article_answers_at_the_url_of_its_scheduled_day()
    {
        var newsroom = App.Newsroom();
        var tomorrow = newsroom.DayOf(App.Clock.GetUtcNow()).AddDays(1);
        var at = newsroom.StartOf(tomorrow).AddMinutes(30);
        var id = await App.AddScheduledAsync("Markets open higher", at);

        App.Clock.Advance(at - App.Clock.GetUtcNow());
        await App.RunScheduleAsync();

        var url = string.Create(CultureInfo.InvariantCulture, $"/{tomorrow:yyyy}/{tomorrow:MM}/{tomorrow:dd}/markets-open-higher");
        Assert.Equal(url, UrlOf(await App.ArticleAsync(id)));
        var (status, html) = await App.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Markets open higher", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catch_up_after_downtime_keeps_the_scheduled_instant_and_its_day()
    {
        // Due late yesterday evening (newsroom time) while the app was down; the run comes today.
        var newsroom = App.Newsroom();
        var today = newsroom.DayOf(App.Clock.GetUtcNow());
        var at = newsroom.StartOf(today).AddHours(-1);
        var id = await App.AddScheduledAsync("Overnight storm closes schools", at);

        var run = await App.RunScheduleAsync();

        Assert.Equal([id], run.Published);
        var article = await App.ArticleAsync(id);
        Assert.Equal(at, article.PublishedAt);
        Assert.Equal(today.AddDays(-1), article.PublishedOn);
        Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(UrlOf(article))).Status);
    }

    [Fact]
    public async Task Second_run_changes_nothing()
    {
        var now = App.Clock.GetUtcNow();
        var scheduled = await App.AddScheduledAsync("Due story", now.AddMinutes(-5));
        var expiring = await App.AddPublishedAsync("Expiring story", expiresAt: now.AddMinutes(1));
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        var first = await App.RunScheduleAsync();
        var updatedAt = (await App.ArticleAsync(scheduled)).UpdatedAt;
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await App.RunScheduleAsync();

        Assert.Equal([scheduled], first.Published);
        Assert.Equal([expiring], first.Unpublished);
        Assert.True(second.ChangedNothing);
        Assert.Equal(updatedAt, (await App.ArticleAsync(scheduled)).UpdatedAt);
    }

    [Fact]
    public async Task Slug_taken_on_the_scheduled_day_gets_a_numbered_suffix()
    {
        var at = App.Clock.GetUtcNow().AddMinutes(10);
        var day = App.Newsroom().DayOf(at);
        var original = await App.AddPublishedAsync("Election results", day: day);
        var second = await App.AddScheduledAsync("Election results", at);
        var third = await App.AddScheduledAsync("Election results", at.AddMinutes(1));
        App.Clock.Advance(TimeSpan.FromMinutes(12));

        var run = await App.RunScheduleAsync();

        Assert.Equal([second, third], run.Published);
        Assert.Equal("election-results", (await App.ArticleAsync(original)).Slug);
        Assert.Equal("election-results-2", (await App.ArticleAsync(second)).Slug);
        Assert.Equal("election-results-3", (await App.ArticleAsync(third)).Slug);
        foreach (var id in new[] { original, second, third })
            Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(UrlOf(await App.ArticleAsync(id)))).Status);
    }

    [Fact]
    public async Task Article_past_its_expiry_is_unpublished_and_its_url_answers_gone()
    {
        var id = await App.AddPublishedAsync("Offer ends tonight", expiresAt: App.Clock.GetUtcNow().AddMinutes(5));
        var url = UrlOf(await App.ArticleAsync(id));

        Assert.True((await App.RunScheduleAsync()).ChangedNothing);
        Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(url)).Status);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var run = await App.RunScheduleAsync();

        Assert.Equal([id], run.Unpublished);
        Assert.Equal(ArticleStatus.Unpublished, (await App.ArticleAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await App.GetAsync(url)).Status);
    }

    [Fact]
    public async Task Story_due_to_go_out_and_come_down_while_the_app_was_down_does_both_in_one_run()
    {
        var now = App.Clock.GetUtcNow();
        var at = now.AddMinutes(1);
        var id = await App.AddScheduledAsync("Short-lived notice", at);
        await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.FindAsync(id);
            article!.SetExpiry(Actor.System, now.AddMinutes(2), now);
            await db.SaveChangesAsync();
        });
        App.Clock.Advance(TimeSpan.FromMinutes(3));

        var run = await App.RunScheduleAsync();

        Assert.Equal([id], run.Published);
        Assert.Equal([id], run.Unpublished);
        var stored = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Unpublished, stored.Status);
        Assert.Equal(at, stored.PublishedAt);
    }
}
