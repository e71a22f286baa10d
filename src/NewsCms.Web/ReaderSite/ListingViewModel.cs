namespace NewsCms.Web.ReaderSite;

/// <summary>
/// A section's, a tag's or an author's stories, newest first: one view for all three. <see cref="Bio"/> is
/// the author's, shown under the name; <see cref="FeedUrl"/> is set where the listing has its own feed.
/// </summary>
public sealed record ListingViewModel(
    string Kind,
    string Name,
    string? Bio,
    IReadOnlyList<ArticleCardViewModel> Cards,
    PagerViewModel Pager)
{
    public string? FeedUrl { get; init; }

    public string? AtomUrl { get; init; }

    public string Title => Pager.Page == 1 ? Name : $"{Name}, page {Pager.Page}";
}
