using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Scheduling;

/// <summary>
/// Carries out the schedule as of <c>now</c>: publishes Scheduled articles whose instant has come, then
/// unpublishes Published ones past their expiry. Running it again changes nothing.
/// <para>
/// Safe with several app instances on one database: each batch is one transaction that takes its rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, so a row belongs to exactly one instance until it commits, and the others
/// skip it instead of waiting for it or publishing it twice.
/// </para>
/// <para>
/// A story goes out as the editor promised it: published at its scheduled instant, on that instant's day in
/// the URL, even when this run catches up after downtime. If another story already has its slug on that day,
/// it goes out as "slug-2" (then "-3"…) rather than not at all.
/// </para>
/// </summary>
public sealed class ScheduleRunner(NewsDbContext db, NewsroomOptions newsroom, ILogger<ScheduleRunner> logger)
{
    /// <summary>Rows locked and saved per transaction: short transactions, bounded memory for a large catch-up.</summary>
    public int BatchSize { get; set; } = 100;

    public async Task<ScheduleRun> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lags = new List<TimeSpan>();
        var published = await DrainAsync(DueToPublish(now), a => PublishAsync(a, now, lags, cancellationToken), cancellationToken);

        // After publishing, so a story due to go out and come down while the app was down does both.
        var unpublished = await DrainAsync(DueToExpire(now), ExpireAsync, cancellationToken);
        return new ScheduleRun(published, unpublished, lags);
    }

    /// <summary>The next instant something is due (to publish or to expire), or null when nothing is scheduled.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var publish = await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled).MinAsync(a => a.ScheduledAt, cancellationToken);
        var expire = await db.Articles.Where(a => a.Status == ArticleStatus.Published && a.ExpiresAt != null).MinAsync(a => a.ExpiresAt, cancellationToken);
        return publish is null || (expire is not null && expire < publish) ? expire : publish;
    }

    /// <summary>What is more than <see cref="ScheduleRules.OverdueAfter"/> late as of <paramref name="now"/> (for /healthz).</summary>
    public async Task<Overdue> OverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - ScheduleRules.OverdueAfter;
        var late = db.Articles.AsNoTracking()
            .Where(a => (a.Status == ArticleStatus.Scheduled && a.ScheduledAt < cutoff)
                || (a.Status == ArticleStatus.Published && a.ExpiresAt < cutoff))
            .Select(a => a.Status == ArticleStatus.Scheduled ? a.ScheduledAt : a.ExpiresAt);
        var count = await late.CountAsync(cancellationToken);
        var since = count == 0 ? null : await late.MinAsync(cancellationToken);

        // Null here means the late ones went out between the two queries: nothing is overdue any more.
        return since is null ? Overdue.None : new Overdue(count, since);
    }

    // The literals match the partial indexes' filters (ix_articles_due_to_publish / _expire), so PostgreSQL uses them.
    private IQueryable<Article> DueToPublish(DateTimeOffset now) => db.Articles.FromSql($"""
        SELECT a.*, a.xmin FROM articles AS a
        WHERE a.status = 'Scheduled' AND a.scheduled_at <= {now.ToUniversalTime()}
        ORDER BY a.scheduled_at, a.id
        LIMIT {BatchSize}
        FOR UPDATE SKIP LOCKED
        """);

    private IQueryable<Article> DueToExpire(DateTimeOffset now) => db.Articles.FromSql($"""
        SELECT a.*, a.xmin FROM articles AS a
        WHERE a.status = 'Published' AND a.expires_at IS NOT NULL AND a.expires_at <= {now.ToUniversalTime()}
        ORDER BY a.expires_at, a.id
        LIMIT {BatchSize}
        FOR UPDATE SKIP LOCKED
        """);

    /// <summary>
    /// Batch after batch until one comes back short: then nothing due is left that this instance may take
    /// (rows another instance has locked are that instance's to finish).
    /// </summary>
    private async Task<List<int>> DrainAsync(IQueryable<Article> due, Func<Article, Task> change, CancellationToken cancellationToken)
    {
        var changed = new List<int>();
        while (true)
        {
            var batch = await RunBatchAsync(due, change, cancellationToken);
            changed.AddRange(batch);
            if (batch.Count < BatchSize)
                return changed;
        }
    }

    /// <summary>Locks one batch, changes it, saves and commits; returns the ids it changed.</summary>
    private async Task<List<int>> RunBatchAsync(IQueryable<Article> due, Func<Article, Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await due.ToListAsync(cancellationToken);
            foreach (var article in batch)
                await change(article);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return batch.ConvertAll(a => a.Id);
        }
        finally
        {
            // A failed batch was rolled back; its half-changed entities must not ride along with the next save.
            db.ChangeTracker.Clear();
        }
    }

    private async Task PublishAsync(Article article, DateTimeOffset now, List<TimeSpan> lags, CancellationToken cancellationToken)
    {
        var at = article.ScheduledAt!.Value;
        lags.Add(now - at);
        var day = newsroom.DayOf(at);
        if (article.PublishedOn is null)
            await TakeFreeSlugAsync(article, day, at, cancellationToken);
        article.Publish(Actor.System, at, day);
        logger.LogInformation("Published scheduled article {ArticleId} ({Slug}) as of {ScheduledAt}", article.Id, article.Slug, at);
    }

    private Task ExpireAsync(Article article)
    {
        var at = article.ExpiresAt!.Value;
        article.Unpublish(Actor.System, at);
        logger.LogInformation("Unpublished expired article {ArticleId} ({Slug}) as of {ExpiresAt}", article.Id, article.Slug, at);
        return Task.CompletedTask;
    }

    /// <summary>The URL is day + slug and must be unique; a taken slug gets the first free numeric suffix.</summary>
    private async Task TakeFreeSlugAsync(Article article, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await HolderOfAsync(article.Slug, day, article.Id, cancellationToken) is not { } holderId)
            return;
        var number = 2;
        var slug = ScheduleRules.SlugWithSuffix(article.Slug, number);
        while (await HolderOfAsync(slug, day, article.Id, cancellationToken) is not null)
            slug = ScheduleRules.SlugWithSuffix(article.Slug, ++number);

        logger.LogWarning(
            "Scheduled article {ArticleId} wants slug {Slug} on {Day}, which article {HolderId} already has; it goes out as {NewSlug}",
            article.Id, article.Slug, day, holderId, slug);
        article.Edit(Actor.System, WithSlug(article, slug), at);
    }

    /// <summary>Who has this URL: a stored article, or one published earlier in this batch and not saved yet.</summary>
    private async Task<int?> HolderOfAsync(string slug, DateOnly day, int articleId, CancellationToken cancellationToken) =>
        db.Articles.Local.FirstOrDefault(a => a.Id != articleId && a.PublishedOn == day && a.Slug == slug)?.Id
        ?? await db.Articles.Where(a => a.Id != articleId && a.PublishedOn == day && a.Slug == slug)
            .Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static ArticleContent WithSlug(Article article, string slug) => new(
        article.Headline, slug, article.Standfirst, article.Dateline, article.BodyMarkdown, article.BodyHtml, article.Excerpt, article.SectionId, article.Byline);
}
