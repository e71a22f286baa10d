namespace NewsCms.Web.Models;

/// <summary>A story as it appears in a list: front page, listings.</summary>
public sealed record ArticleCardViewModel(
    string Headline,
    string Url,
    string? Standfirst,
    string? Byline,
    string? SectionName,
    DateTimeOffset PublishedAt);
