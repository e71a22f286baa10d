using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;

namespace NewsCms.Core.EditorialRecord;

public sealed record ActivityFilter(string? ActorId, int? ArticleId, string? Action, int Page, int PageSize);

public sealed record ActivityRow(DateTimeOffset At, string ActorId, string Action, int? ArticleId, int? CommentId, string? SubjectUserId, string? Detail);

/// <summary>
/// The one log: activity_log (articles, corrections, takedowns, roles) and moderation_actions (comments),
/// which stays the moderation desk's own table and is merged in here, newest first.
/// </summary>
public sealed class ActivityLog(NewsDbContext db)
{
    public static IReadOnlyList<string> Actions { get; } =
        [.. Enum.GetNames<ActivityAction>(), .. Enum.GetNames<ModerationVerb>()];

    /// <summary>One page, plus whether there is a next one. Each table gives at most the rows up to this page's end; the merge is in memory.</summary>
    public async Task<(IReadOnlyList<ActivityRow> Rows, bool HasMore)> PageAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        var wanted = filter.Page * filter.PageSize + 1;
        var rows = new List<ActivityRow>();
        if (filter.Action is null || Enum.TryParse<ActivityAction>(filter.Action, out _))
            rows.AddRange(await EntriesAsync(filter, wanted, cancellationToken));
        if (filter.Action is null || Enum.TryParse<ModerationVerb>(filter.Action, out _))
            rows.AddRange(await ModerationAsync(filter, wanted, cancellationToken));
        var page = rows.OrderByDescending(r => r.At).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize + 1).ToList();
        return (page.Take(filter.PageSize).ToList(), page.Count > filter.PageSize);
    }

    private async Task<List<ActivityRow>> EntriesAsync(ActivityFilter filter, int take, CancellationToken cancellationToken)
    {
        var query = db.ActivityLog.AsNoTracking();
        if (filter.ActorId is { } actor)
            query = query.Where(e => e.ActorId == actor);
        if (filter.ArticleId is { } article)
            query = query.Where(e => e.ArticleId == article);
        if (filter.Action is { } name && Enum.TryParse<ActivityAction>(name, out var action))
            query = query.Where(e => e.Action == action);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(take)
            .Select(e => new { e.At, e.ActorId, e.Action, e.ArticleId, e.SubjectUserId, e.Detail })
            .ToListAsync(cancellationToken);
        return entries.ConvertAll(e => new ActivityRow(e.At, e.ActorId, e.Action.ToString(), e.ArticleId, null, e.SubjectUserId, e.Detail));
    }

    private async Task<List<ActivityRow>> ModerationAsync(ActivityFilter filter, int take, CancellationToken cancellationToken)
    {
        var query = db.ModerationActions.AsNoTracking();
        if (filter.ActorId is { } actor)
            query = query.Where(m => m.ActorId == actor);
        if (filter.ArticleId is { } article)
            query = query.Where(m => m.ArticleId == article);
        if (filter.Action is { } name && Enum.TryParse<ModerationVerb>(name, out var verb))
            query = query.Where(m => m.Verb == verb);
        var actions = await query.OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(take)
            .Select(m => new { m.At, m.ActorId, m.Verb, m.ArticleId, m.CommentId, m.Detail })
            .ToListAsync(cancellationToken);
        return actions.ConvertAll(m => new ActivityRow(m.At, m.ActorId, m.Verb.ToString(), m.ArticleId, m.CommentId, null, m.Detail));
    }
}
