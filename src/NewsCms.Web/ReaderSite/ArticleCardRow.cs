using System.Linq.Expressions;
using NewsCms.Core.Articles;
using NewsCms.Core.Media;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// What every public list reads of a story (front page, listings), as one projection EF translates to SQL;
/// <see cref="ToCard"/> then adds the URL in memory.
/// </summary>
public sealed record ArticleCardRow(string Headline, DateOnly PublishedOn, string Slug, string? Summary, string? Byline, string? SectionName, DateTimeOffset PublishedAt, PictureRef? Picture)
{
    public static readonly Expression<Func<Article, ArticleCardRow>> FromArticle = a => new ArticleCardRow(
        a.Headline, a.PublishedOn!.Value, a.Slug, a.Standfirst ?? a.Excerpt, a.Byline,
        a.Section == null ? null : a.Section.Name, a.PublishedAt!.Value,
        a.LeadImage == null ? null : new PictureRef(a.LeadImage.Id, a.LeadImage.Width, a.LeadImage.Height, a.LeadImage.FocalX, a.LeadImage.FocalY, a.LeadImage.ContentHash, a.LeadImage.AltText, a.LeadImage.Caption, a.LeadImage.Credit))
    {
        SectionSlug = a.Section == null ? null : a.Section.Slug,
    };

    public string? SectionSlug { get; init; }

    public ArticleCardViewModel ToCard() =>
        new(Headline, ArticleUrl.For(PublishedOn, Slug), Summary, Byline, SectionName, PublishedAt, Picture) { SectionSlug = SectionSlug };
}
