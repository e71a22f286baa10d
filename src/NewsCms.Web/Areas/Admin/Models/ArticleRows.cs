using System.Linq.Expressions;
using NewsCms.Core.Articles;

namespace NewsCms.Web.Areas.Admin.Models;

public static class ArticleRows
{
    /// <summary>
    /// One projection for every newsroom list; "when" is the instant that matters in the article's state:
    /// when it goes out if scheduled, when it went out if published, else when it was last changed.
    /// </summary>
    public static readonly Expression<Func<Article, ArticleRowViewModel>> Projection = a => new ArticleRowViewModel(
        a.Id,
        a.Headline,
        a.Status.ToString(),
        a.Authors.OrderBy(x => x.Position).Select(x => x.User!.DisplayName).FirstOrDefault() ?? a.Byline,
        a.Status == ArticleStatus.Scheduled ? a.ScheduledAt!.Value : a.Status == ArticleStatus.Published ? a.PublishedAt!.Value : a.UpdatedAt);
}
