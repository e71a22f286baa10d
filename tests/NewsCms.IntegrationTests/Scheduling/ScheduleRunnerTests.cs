using System.Globalization;
using System.Net;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Scheduling.ScheduleTestKit;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>The schedule run directly, against the app's fake clock, with the background publisher off.</summary>
[Collection(SharedApp.Name)]
public sealed class ScheduleRunnerTests(ManualSchedulingApplication app) : IClassFixture<ManualSchedulingApplication>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Scheduled_article_is_not_published_before_its_instant_and_is_published_at_it()
    {
        var at = app.Clock.GetUtcNow().AddMinutes(10);
        var id = await app.AddScheduledAsync("Council votes on the budget", at);

        Assert.True((await app.RunScheduleAsync()).ChangedNothing);
        app.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.True((await app.RunScheduleAsync()).ChangedNothing);
        Assert.Equal(ArticleStatus.Scheduled, (await app.ArticleAsync(id)).Status);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var run = await app.RunScheduleAsync();

        Assert.Equal([id], run.Published);
        var article = await app.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(at, article.PublishedAt);
        Assert.Null(article.ScheduledAt);
    }

    [Fact]
    public async Task Published_article_answers_at_the_url_of_its_scheduled_day()
    {
        var newsroom = app.Newsroom();
        var tomorrow = newsroom.DayOf(app.Clock.GetUtcNow()).AddDays(1);
        var at = newsroom.StartOf(tomorrow).AddMinutes(30);
        var id = await app.AddScheduledAsync("Markets open higher", at);

        app.Clock.Advance(at - app.Clock.GetUtcNow());
        await app.RunScheduleAsync();

        var url = string.Create(CultureInfo.InvariantCulture, $"/{tomorrow:yyyy}/{tomorrow:MM}/{tomorrow:dd}/markets-open-higher");
        Assert.Equal(url, UrlOf(await app.ArticleAsync(id)));
        var (status, html) = await app.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Markets open higher", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catch_up_after_downtime_keeps_the_scheduled_instant_and_its_day()
    {
        // Due late yesterday evening (newsroom time) while the app was down; the run comes today.
        var newsroom = app.Newsroom();
        var today = newsroom.DayOf(app.Clock.GetUtcNow());
        var at = newsroom.StartOf(today).AddHours(-1);
        var id = await app.AddScheduledAsync("Overnight storm closes schools", at);

        var run = await app.RunScheduleAsync();

        Assert.Equal([id], run.Published);
        var article = await app.ArticleAsync(id);
        Assert.Equal(at, article.PublishedAt);
        Assert.Equal(today.AddDays(-1), article.PublishedOn);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(UrlOf(article))).Status);
    }

    [Fact]
    public async Task Second_run_changes_nothing()
    {
        var now = app.Clock.GetUtcNow();
        var scheduled = await app.AddScheduledAsync("Due story", now.AddMinutes(-5));
        var expiring = await app.AddPublishedAsync("Expiring story", expiresAt: now.AddMinutes(1));
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        var first = await app.RunScheduleAsync();
        var updatedAt = (await app.ArticleAsync(scheduled)).UpdatedAt;
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await app.RunScheduleAsync();

        Assert.Equal([scheduled], first.Published);
        Assert.Equal([expiring], first.Unpublished);
        Assert.True(second.ChangedNothing);
        Assert.Equal(updatedAt, (await app.ArticleAsync(scheduled)).UpdatedAt);
    }

    [Fact]
    public async Task Slug_taken_on_the_scheduled_day_gets_a_numbered_suffix()
    {
        var at = app.Clock.GetUtcNow().AddMinutes(10);
        var day = app.Newsroom().DayOf(at);
        var original = await app.AddPublishedAsync("Election results", day: day);
        var second = await app.AddScheduledAsync("Election results", at);
        var third = await app.AddScheduledAsync("Election results", at.AddMinutes(1));
        app.Clock.Advance(TimeSpan.FromMinutes(12));

        var run = await app.RunScheduleAsync();

        Assert.Equal([second, third], run.Published);
        Assert.Equal("election-results", (await app.ArticleAsync(original)).Slug);
        Assert.Equal("election-results-2", (await app.ArticleAsync(second)).Slug);
        Assert.Equal("election-results-3", (await app.ArticleAsync(third)).Slug);
        foreach (var id in new[] { original, second, third })
            Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(UrlOf(await app.ArticleAsync(id)))).Status);
    }

    [Fact]
    public async Task Article_past_its_expiry_is_unpublished_and_its_url_answers_gone()
    {
        var id = await app.AddPublishedAsync("Offer ends tonight", expiresAt: app.Clock.GetUtcNow().AddMinutes(5));
        var url = UrlOf(await app.ArticleAsync(id));

        Assert.True((await app.RunScheduleAsync()).ChangedNothing);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(url)).Status);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var run = await app.RunScheduleAsync();

        Assert.Equal([id], run.Unpublished);
        Assert.Equal(ArticleStatus.Unpublished, (await app.ArticleAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await app.GetAsync(url)).Status);
    }

    [Fact]
    public async Task Story_due_to_go_out_and_come_down_while_the_app_was_down_does_both_in_one_run()
    {
        var now = app.Clock.GetUtcNow();
        var at = now.AddMinutes(1);
        var id = await app.AddScheduledAsync("Short-lived notice", at);
        await app.WithDbAsync(async db =>
        {
            var article = await db.Articles.FindAsync(id);
            article!.SetExpiry(Actor.System, now.AddMinutes(2), now);
            await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromMinutes(3));

        var run = await app.RunScheduleAsync();

        Assert.Equal([id], run.Published);
        Assert.Equal([id], run.Unpublished);
        var stored = await app.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Unpublished, stored.Status);
        Assert.Equal(at, stored.PublishedAt);
    }
}
