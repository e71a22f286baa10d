using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using NewsCms.Core.Articles;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// The article list's GET form as asked (/admin/articles?status=…&amp;q=…&amp;section=…&amp;author=…&amp;tag=…&amp;from=…&amp;to=…&amp;sort=…).
/// Values that do not bind (a made-up status, a malformed date) are simply not applied.
/// </summary>
public sealed record ArticleListFilter
{
    public const string ByUpdated = "updated";
    public const string ByPublished = "published";
    public const string ByHeadline = "headline";

    public ArticleStatus? Status { get; init; }
    public string? Q { get; init; }
    public int? Section { get; init; }
    public string? Author { get; init; }
    public string? Tag { get; init; }

    /// <summary>First and last calendar day (in the newsroom's zone) of the last change, both included.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public string? Sort { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>The same filter with blanks dropped and an unknown sort read as the default, so links stay short.</summary>
    public ArticleListFilter Normalised() => this with
    {
        Q = Blank(Q),
        Author = Blank(Author),
        Tag = Blank(Tag),
        Sort = Sort is ByPublished or ByHeadline ? Sort : null,
    };

    /// <summary>The list's URL for this filter, without the page (the pager adds it).</summary>
    public string Path()
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Status?.ToString(),
            ["q"] = Q,
            ["section"] = Section?.ToString(CultureInfo.InvariantCulture),
            ["author"] = Author,
            ["tag"] = Tag,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sort"] = Sort,
        };
        return "/admin/articles" + QueryString.Create(query.Where(pair => pair.Value is not null));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>One "Draft (3)" link: how many stories in that state match the rest of the filter.</summary>
public sealed record StatusCountViewModel(string Label, int Count, string Url, bool Current);

/// <summary>The newsroom's article list: the filter as asked, the choices for it, counts per state, one page of rows.</summary>
public sealed record ArticleListViewModel(ArticleListFilter Filter, IReadOnlyList<ArticleRowViewModel> Rows, PagerViewModel Pager)
{
    public static IReadOnlyList<ArticleStatus> Statuses { get; } = Enum.GetValues<ArticleStatus>();

    public static IReadOnlyList<(string Value, string Label)> Sorts { get; } =
        [(ArticleListFilter.ByUpdated, "Last changed"), (ArticleListFilter.ByPublished, "Published"), (ArticleListFilter.ByHeadline, "Headline")];

    public required IReadOnlyList<SelectListItem> Sections { get; init; }
    public required IReadOnlyList<SelectListItem> Authors { get; init; }
    public required IReadOnlyList<StatusCountViewModel> Counts { get; init; }

    /// <summary>Whether the bulk form is offered (editors and admins: every bulk action needs the right to publish).</summary>
    public bool CanBulk { get; init; }

    /// <summary>This very page, where a bulk action returns with its summary.</summary>
    public string Back => Filter.Page > 1 ? $"{Filter.Path()}{(Filter.Path().Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={Filter.Page}" : Filter.Path();
}
