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

    public int ArticleId { get; init; }

    /// <summary>"WASHINGTON" or "NEW YORK (AP)": for structured data; the body already prints it.</summary>
    public string? Dateline { get; init; }

    /// <summary>Null when the article takes no comments (closed by hand or by age).</summary>
    public CommentFormViewModel? CommentForm { get; init; }

    /// <summary>Arrived from posting a comment (?comment=posted): the same for every reader, so cacheable.</summary>
    public bool CommentPosted { get; init; }
}
