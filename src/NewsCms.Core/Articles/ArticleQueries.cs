using Microsoft.EntityFrameworkCore;

namespace NewsCms.Core.Articles;

public static class ArticleQueries
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles) =>
        articles.Where(a => a.Status == ArticleStatus.Published);

    /// <summary>The article's URL key: its first publication day and its slug (unique together).</summary>
    public static IQueryable<Article> AtUrl(this IQueryable<Article> articles, DateOnly publishedOn, string slug) =>
        articles.Where(a => a.PublishedOn == publishedOn && a.Slug == slug);

    /// <summary>Newest first, with the id as a tie-breaker so paging never repeats or skips a story.</summary>
    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    /// <summary>Headlines containing the text, ignoring case; <c>%</c> and <c>_</c> are matched literally.</summary>
    public static IQueryable<Article> HeadlineContains(this IQueryable<Article> articles, string text)
    {
        var pattern = "%" + LikeLiteral(text) + "%";
        return articles.Where(a => EF.Functions.ILike(a.Headline, pattern, LikeEscape));
    }

    /// <summary>The escape character <see cref="LikeLiteral"/> uses.</summary>
    public const string LikeEscape = @"\";

    /// <summary>The text as a LIKE pattern that matches it literally (<c>%</c>, <c>_</c> and <c>\</c> escaped).</summary>
    public static string LikeLiteral(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    /// <summary>The newsroom's order: the most recently changed first.</summary>
    public static IOrderedQueryable<Article> RecentlyChangedFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id);
}
