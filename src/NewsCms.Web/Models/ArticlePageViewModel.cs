namespace NewsCms.Web.Models;

public sealed record ArticlePageViewModel(
    string Headline,
    string Url,
    string? Standfirst,
    string Description,
    BylineViewModel Byline,
    string? SectionName,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string BodyHtml,
    IReadOnlyList<CommentThreadViewModel> Comments)
{
    /// <summary>Approved comments only: nothing else ever reaches this model.</summary>
    public int CommentCount => Comments.Sum(t => 1 + t.Replies.Count);
}
