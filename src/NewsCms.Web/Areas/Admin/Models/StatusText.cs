using NewsCms.Core.Articles;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>States as the newsroom says them ("In review", not "InReview").</summary>
public static class StatusText
{
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "In review",
        ArticleStatus.TakenDown => "Taken down",
        _ => status.ToString(),
    };
}
