namespace NewsCms.Web.ReaderSite;

/// <summary>A story as it appears in a list: front page, listings. The summary is the standfirst, else the excerpt.</summary>
public sealed record ArticleCardViewModel(
    string Headline,
    string Url,
    string? Summary,
    string? Byline,
    string? SectionName,
    DateTimeOffset PublishedAt,
    NewsCms.Core.Media.PictureRef? Picture = null)
{
    /// <summary>The section's listing is linked from the card's label.</summary>
    public string? SectionSlug { get; init; }
}
