using NewsCms.Core.Articles;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The newsroom's article list: the filter as asked, one page of rows, newer/older links that keep the filter.</summary>
public sealed record ArticleListViewModel(ArticleStatus? Status, string? Query, IReadOnlyList<ArticleRowViewModel> Rows, PagerViewModel Pager)
{
    public static IReadOnlyList<ArticleStatus> Statuses { get; } = Enum.GetValues<ArticleStatus>();
}
