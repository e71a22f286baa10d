using NewsCms.Core.Articles;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>States as the newsroom says them ("In review", not "InReview").</summary>
public static class StatusText
{
    public static string Of(ArticleStatus status) => status == ArticleStatus.InReview ? "In review" : status.ToString();
}
