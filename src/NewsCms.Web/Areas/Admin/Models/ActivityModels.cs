using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>Builds /admin/activity: one page of the merged log, with names and headlines instead of ids.</summary>
public sealed class ActivityModels(ActivityLog log, NewsDbContext db)
{
    private const int PageSize = 50;

    public async Task<ActivityViewModel> BuildAsync(ActivityFilterInput filter, CancellationToken cancellationToken)
    {
        var action = ActivityLog.Actions.Contains(filter.Action) ? filter.Action : null;
        var person = string.IsNullOrWhiteSpace(filter.Person) ? null : filter.Person;
        var (rows, hasMore) = await log.PageAsync(new ActivityFilter(person, filter.Article, action, Math.Max(1, filter.Page), PageSize), cancellationToken);
        var people = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
        var articleIds = rows.Where(r => r.ArticleId is not null).Select(r => r.ArticleId!.Value).Distinct().ToList();
        var headlines = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Headline, cancellationToken);

        return new ActivityViewModel(filter, rows.Select(r => new ActivityRowViewModel(
                r.At,
                NameOf(r.ActorId, names),
                r.Action,
                r.ArticleId,
                r.ArticleId is { } id ? headlines.GetValueOrDefault(id) : null,
                r.SubjectUserId is { } subject ? NameOf(subject, names) : r.CommentId is { } comment ? $"comment {comment}" : null,
                r.Detail)).ToList(),
            new PagerViewModel(PathFor(filter with { Page = 1 }), Math.Max(1, filter.Page), hasMore))
        {
            People = people.Select(p => new SelectListItem(p.DisplayName, p.Id, p.Id == person)).Prepend(new SelectListItem("Anyone", "")).ToList(),
            Actions = ActivityLog.Actions.Select(a => new SelectListItem(a, a, a == action)).Prepend(new SelectListItem("Any", "")).ToList(),
        };
    }

    private static string NameOf(string id, Dictionary<string, string> names) =>
        id == Actor.SystemId ? "The system" : names.GetValueOrDefault(id, "A former staff member");

    private static string PathFor(ActivityFilterInput filter)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.Person))
            query.Add("person=" + Uri.EscapeDataString(filter.Person));
        if (filter.Article is { } article)
            query.Add("article=" + article.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(filter.Action))
            query.Add("action=" + Uri.EscapeDataString(filter.Action));
        return "/admin/activity" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }
}
