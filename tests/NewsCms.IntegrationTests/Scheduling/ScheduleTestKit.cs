using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsCms.Core.Articles;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Scheduling;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>
/// The app with its background publisher switched off, so a test runs the schedule itself, exactly when it
/// chooses, and can leave something overdue on purpose. It has its own database and its own clock.
/// </summary>
public sealed class ManualSchedulingApplication : NewsCmsApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Scheduling:Enabled", "false");
    }
}

/// <summary>Scheduled and published stories made directly through the entity, and ways to look at them.</summary>
public static class ScheduleTestKit
{
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

    public static Task<Article> ArticleAsync(this NewsCmsApplication app, int id) =>
        app.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    /// <summary>The schedule as of the app's clock, run the way the background publisher runs it.</summary>
    public static async Task<ScheduleRun> RunScheduleAsync(this NewsCmsApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduleRunner>().RunAsync(app.Clock.GetUtcNow(), CancellationToken.None);
    }

    public static string UrlOf(Article article) => ArticleUrl.For(article.PublishedOn!.Value, article.Slug);

    /// <summary>
    /// Polls (in real time) until the condition holds. A background service reads the fake clock on its own
    /// thread, so it may miss a single advance; <paramref name="nudge"/> moves the clock on while waiting.
    /// </summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, Action? nudge = null)
    {
        var waited = Stopwatch.StartNew();
        var sinceNudge = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (await condition())
                return true;
            await Task.Delay(50);
            if (nudge is not null && sinceNudge.Elapsed > TimeSpan.FromSeconds(1))
            {
                nudge();
                sinceNudge.Restart();
            }
        }

        return await condition();
    }

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

/// <summary>Keeps what a component logged, so a test can see that a failure was reported.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
                return [.. _entries];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
            _entries.Add((logLevel, formatter(state, exception)));
    }
}
