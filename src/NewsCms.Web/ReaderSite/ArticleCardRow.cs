using System.Linq.Expressions;
using NewsCms.Core.Articles;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// What every public list reads of a story (front page, listings), as one projection EF translates to SQL;
/// <see cref="ToCard"/> then adds the URL in memory.
/// </summary>
public sealed record ArticleCardRow(string Headline, DateOnly PublishedOn, string Slug, string? Summary, string? Byline, string? SectionName, DateTimeOffset PublishedAt)
{
    public static readonly Expression<Func<Article, ArticleCardRow>> FromArticle = a => new ArticleCardRow(
        a.Headline, a.PublishedOn!.Value, a.Slug, a.Standfirst ?? a.Excerpt, a.Byline,
        a.Section == null ? null : a.Section.Name, a.PublishedAt!.Value);

    public ArticleCardViewModel ToCard() =>
        new(Headline, ArticleUrl.For(PublishedOn, Slug), Summary, Byline, SectionName, PublishedAt);
}
