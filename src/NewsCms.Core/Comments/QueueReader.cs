using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Core.Comments;

/// <summary>
/// The moderation queue's read side: filters, search and keyset paging, so page 50 of 10,000 costs what page 1
/// does. Pending reads oldest first (whoever waited longest is next); every other view newest first.
/// </summary>
public sealed class QueueReader(NewsDbContext db, TimeProvider clock)
{
    public const int PageSize = 100;

    public async Task<QueuePage> ReadAsync(QueueFilter filter, CancellationToken cancellationToken)
    {
        var oldestFirst = filter.Status == CommentStatus.Pending;
        var comments = Filtered(filter);
        if (QueueCursor.Parse(filter.After) is { } after)
        {
            comments = oldestFirst
                ? comments.Where(c => c.CreatedAt > after.At || (c.CreatedAt == after.At && c.Id > after.Id))
                : comments.Where(c => c.CreatedAt < after.At || (c.CreatedAt == after.At && c.Id < after.Id));
        }

        comments = oldestFirst
            ? comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : comments.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        var rows = await (from c in comments.Take(PageSize + 1)
                          join a in db.Articles on c.ArticleId equals a.Id
                          select new QueueRow(c.Id, c.ArticleId, a.Headline, c.AuthorName, c.AuthorEmail, c.Body, c.CreatedAt, c.ParentId != null, c.Status, c.StaffAuthorId != null))
            .ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? QueueCursor.Of(rows[PageSize - 1]) : null;
        rows = rows.Take(PageSize).ToList();
        return new QueuePage(rows, next, await HistoriesAsync(rows, cancellationToken));
    }

    /// <summary>One comment as the queue shows it (the ban and edit pages), or null.</summary>
    public Task<QueueRow?> RowAsync(int id, CancellationToken cancellationToken) =>
        (from c in db.Comments.AsNoTracking()
         where c.Id == id
         join a in db.Articles on c.ArticleId equals a.Id
         select new QueueRow(c.Id, c.ArticleId, a.Headline, c.AuthorName, c.AuthorEmail, c.Body, c.CreatedAt, c.ParentId != null, c.Status, c.StaffAuthorId != null))
        .SingleOrDefaultAsync(cancellationToken);

    private IQueryable<Comment> Filtered(QueueFilter filter)
    {
        var comments = db.Comments.AsNoTracking();
        if (filter.Status is { } status)
            comments = comments.Where(c => c.Status == status);
        if (filter.ArticleId is { } article)
            comments = comments.Where(c => c.ArticleId == article);
        if (filter.SectionId is { } section)
            comments = comments.Where(c => db.Articles.Any(a => a.Id == c.ArticleId && a.SectionId == section));
        if (CommentRules.NormaliseEmail(filter.Sender) is { } sender)
            comments = comments.Where(c => c.AuthorEmail == sender);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{EscapeLike(filter.Search.Trim())}%";
            comments = comments.Where(c => EF.Functions.ILike(c.Body, pattern, "\\")
                || EF.Functions.ILike(c.AuthorName, pattern, "\\")
                || (c.AuthorEmail != null && EF.Functions.ILike(c.AuthorEmail, pattern, "\\")));
        }

        var now = clock.GetUtcNow();
        return filter.Age switch
        {
            QueueAge.LastHour => comments.Where(c => c.CreatedAt > now.AddHours(-1)),
            QueueAge.LastDay => comments.Where(c => c.CreatedAt > now.AddDays(-1)),
            QueueAge.LastWeek => comments.Where(c => c.CreatedAt > now.AddDays(-7)),
            QueueAge.OlderThanWeek => comments.Where(c => c.CreatedAt <= now.AddDays(-7)),
            _ => comments,
        };
    }

    /// <summary>For each sender email on the page: how many of their comments are approved, rejected, spam.</summary>
    private async Task<IReadOnlyDictionary<string, SenderHistory>> HistoriesAsync(IReadOnlyList<QueueRow> rows, CancellationToken cancellationToken)
    {
        var emails = rows.Select(r => r.AuthorEmail).OfType<string>().Distinct().ToList();
        if (emails.Count == 0)
            return new Dictionary<string, SenderHistory>();
        var counts = await db.Comments.AsNoTracking()
            .Where(c => c.AuthorEmail != null && emails.Contains(c.AuthorEmail))
            .GroupBy(c => new { c.AuthorEmail, c.Status })
            .Select(g => new { g.Key.AuthorEmail, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.AuthorEmail!).ToDictionary(
            g => g.Key,
            g => new SenderHistory(
                g.Where(c => c.Status == CommentStatus.Approved).Sum(c => c.Count),
                g.Where(c => c.Status == CommentStatus.Rejected).Sum(c => c.Count),
                g.Where(c => c.Status == CommentStatus.Spam).Sum(c => c.Count),
                g.Sum(c => c.Count)));
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

public enum QueueAge
{
    Any,
    LastHour,
    LastDay,
    LastWeek,
    OlderThanWeek,
}

/// <summary>What the queue shows. A null <see cref="Status"/> is every state (a sender's whole history).</summary>
public sealed record QueueFilter(CommentStatus? Status, int? ArticleId = null, int? SectionId = null, string? Search = null, string? Sender = null, QueueAge Age = QueueAge.Any, string? After = null);

public sealed record QueueRow(int Id, int ArticleId, string Headline, string AuthorName, string? AuthorEmail, string Body, DateTimeOffset CreatedAt, bool IsReply, CommentStatus Status, bool IsStaffReply);

public sealed record SenderHistory(int Approved, int Rejected, int Spam, int Total);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, string? Next, IReadOnlyDictionary<string, SenderHistory> Histories);

/// <summary>The last row of a page as "ticks-id": where the next page starts.</summary>
public sealed record QueueCursor(DateTimeOffset At, int Id)
{
    public static string Of(QueueRow row) => string.Create(CultureInfo.InvariantCulture, $"{row.CreatedAt.UtcTicks}-{row.Id}");

    public static QueueCursor? Parse(string? text)
    {
        var parts = text?.Split('-');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t is >= 0 and <= 3155378975999999999
            && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? new QueueCursor(new DateTimeOffset(t, TimeSpan.Zero), i)
            : null;
    }
}
