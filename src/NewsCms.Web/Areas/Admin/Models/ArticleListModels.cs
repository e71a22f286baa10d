using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// Builds /admin/articles. The list itself is two queries: one grouped count per state (the filter without
/// its state, so "Draft (3)" says what choosing Draft would show) and one page of rows; the form's section
/// and author choices are two small lookups. Answers null when the page asked for is past the end.
/// </summary>
public sealed class ArticleListModels(NewsDbContext db, NewsroomOptions newsroom)
{
    public async Task<ArticleListViewModel?> BuildAsync(ArticleListFilter asked, CancellationToken cancellationToken)
    {
        var filter = asked.Normalised();
        var matching = Matching(filter);

        var counts = await matching.GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Count, cancellationToken);

        // This page's rows plus one more, which tells whether an older page exists.
        var size = newsroom.PageSize;
        var chosen = filter.Status is { } wanted ? matching.Where(a => a.Status == wanted) : matching;
        var rows = await Sorted(chosen, filter.Sort)
            .Skip((filter.Page - 1) * size)
            .Take(size + 1)
            .Select(ArticleRows.Projection)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 && filter.Page > 1)
            return null;

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);

        return new ArticleListViewModel(filter, rows.Take(size).ToList(), new PagerViewModel(filter.Path(), filter.Page, rows.Count > size))
        {
            Sections = sections.Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Id == filter.Section))
                .Prepend(new SelectListItem("All", "")).ToList(),
            Authors = people.Select(p => new SelectListItem(p.DisplayName, p.Id, p.Id == filter.Author))
                .Prepend(new SelectListItem("Anyone", "")).ToList(),
            Counts = ArticleListViewModel.Statuses
                .Select(s => new StatusCountViewModel($"{StatusText.Of(s)} ({counts.GetValueOrDefault(s)})", counts.GetValueOrDefault(s), (filter with { Status = s, Page = 1 }).Path(), filter.Status == s))
                .Prepend(new StatusCountViewModel($"All ({counts.Values.Sum()})", counts.Values.Sum(), (filter with { Status = null, Page = 1 }).Path(), filter.Status is null))
                .ToList(),
        };
    }

    /// <summary>Every criterion but the state, which the counts group by instead.</summary>
    private IQueryable<Article> Matching(ArticleListFilter filter)
    {
        var articles = db.Articles.AsNoTracking();
        if (filter.Q is { } search)
            articles = articles.HeadlineContains(search);
        if (filter.Section is { } section)
            articles = articles.Where(a => a.SectionId == section);

        // "By" someone: a staff byline, or whoever created it (a reporter's draft before any byline is chosen).
        if (filter.Author is { } author)
            articles = articles.Where(a => a.CreatedById == author || a.Authors.Any(x => x.UserId == author));

        // A tag by its name or its slug, ignoring case, as a person would type either.
        if (filter.Tag is { } tag)
        {
            var lowered = tag.ToLowerInvariant();
            var name = ArticleQueries.LikeLiteral(tag);
            articles = articles.Where(a => a.Tags.Any(t => t.Slug == lowered || EF.Functions.ILike(t.Name, name, ArticleQueries.LikeEscape)));
        }

        if (filter.From is { } from)
        {
            var start = StartOf(from);
            articles = articles.Where(a => a.UpdatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            articles = articles.Where(a => a.UpdatedAt < end);
        }

        return articles;
    }

    /// <summary>Newest first for the dates (never-published stories after the published ones), A to Z for headlines; the id breaks ties so paging is stable.</summary>
    private static IQueryable<Article> Sorted(IQueryable<Article> articles, string? sort) => sort switch
    {
        ArticleListFilter.ByPublished => articles.OrderBy(a => a.PublishedAt == null).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id),
        ArticleListFilter.ByHeadline => articles.OrderBy(a => a.Headline).ThenBy(a => a.Id),
        _ => articles.RecentlyChangedFirst(),
    };

    /// <summary>The instant a newsroom calendar day begins (a midnight skipped by a clock change counts from the hour after).</summary>
    private DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        while (newsroom.Zone.IsInvalidTime(midnight))
            midnight = midnight.AddMinutes(30);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, newsroom.Zone), TimeSpan.Zero);
    }
}
