using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Scheduling;
using NewsCms.Core.Staff;
using NewsCms.Web.ReaderSite;
using NewsCms.Web.Scheduling;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>Scheduled and published stories made directly through the entity, and ways to look at them.</summary>
public static class ScheduleTestKit
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    public static NewsroomOptions Newsroom(this NewsCmsApplication app) => app.Services.GetRequiredService<NewsroomOptions>();

    /// <summary>A story scheduled for <paramref name="at"/>, which may be in the clock's past (due while the app was down).</summary>
    public static Task<int> AddScheduledAsync(this NewsCmsApplication app, string headline, DateTimeOffset at, string? slug = null)
    {
        var now = app.Clock.GetUtcNow();
        var scheduledOn = at > now ? now : at - TimeSpan.FromHours(1);
        var article = NewArticle(headline, slug, scheduledOn);
        article.Schedule(Actor.System, at, scheduledOn);
        return app.SaveAsync(article);
    }

    /// <summary>A story published now (on <paramref name="day"/>, by default today's), optionally set to expire.</summary>
    public static Task<int> AddPublishedAsync(this NewsCmsApplication app, string headline, DateTimeOffset? expiresAt = null, DateOnly? day = null)
    {
        var now = app.Clock.GetUtcNow();
        var article = NewArticle(headline, null, now);
        article.Publish(Actor.System, now, day ?? app.Newsroom().DayOf(now));
        article.SetExpiry(Actor.System, expiresAt, now);
        return app.SaveAsync(article);
    }

    /// <summary>The schedule as of the app's clock, run the way the background publisher runs it.</summary>
    public static async Task<ScheduleRun> RunScheduleAsync(this NewsCmsApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduleRunner>().RunAsync(app.Clock.GetUtcNow(), CancellationToken.None);
    }

    public static string UrlOf(Article article) => ArticleUrl.For(article.PublishedOn!.Value, article.Slug);

    /// <summary>The background publisher the app hosts.</summary>
    public static ScheduledPublisher Publisher(this NewsCmsApplication app) =>
        app.Services.GetServices<IHostedService>().OfType<ScheduledPublisher>().Single();

    /// <summary>
    /// Does <paramref name="act"/> (start the publisher, move the clock) and awaits the publisher's first run after
    /// it that <paramref name="matches"/> (null: a failed run). No polling: the publisher reports each run, and
    /// the timeout only turns a run that never comes into a failure.
    /// </summary>
    public static async Task<ScheduleRun?> RunAfterAsync(this ScheduledPublisher publisher, Func<Task> act, Func<ScheduleRun?, bool> matches)
    {
        var finished = new TaskCompletionSource<ScheduleRun?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRun(ScheduleRun? run)
        {
            if (matches(run))
                finished.TrySetResult(run);
        }

        publisher.RunFinished += OnRun;
        try
        {
            await act();
            return await finished.Task.WaitAsync(RunTimeout);
        }
        finally
        {
            publisher.RunFinished -= OnRun;
        }
    }

    public static Task<ScheduleRun?> RunAfterAsync(this ScheduledPublisher publisher, Action act, Func<ScheduleRun?, bool> matches) =>
        publisher.RunAfterAsync(() =>
        {
            act();
            return Task.CompletedTask;
        }, matches);

    /// <summary>
    /// Brings the hosted publisher to rest: one move of the clock by the poll interval, and the run it causes (or
    /// the one already under way) has finished with the next timer set. A later move of the clock cannot be missed.
    /// </summary>
    public static Task SettlePublisherAsync(this NewsCmsApplication app) =>
        app.Publisher().RunAfterAsync(() => app.Clock.Advance(app.Services.GetRequiredService<IOptions<SchedulingOptions>>().Value.PollInterval), _ => true);

    private static Article NewArticle(string headline, string? slug, DateTimeOffset now)
    {
        var article = new Article(headline, slug ?? Slug.FromHeadline(headline), null, now);
        article.SetBody($"Body of {headline}.", $"<p>Body of {headline}.</p>", $"Body of {headline}.");
        return article;
    }

    private static Task<int> SaveAsync(this NewsCmsApplication app, Article article) =>
        app.WithDbAsync(async db =>
        {
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
}
