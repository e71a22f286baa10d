using NewsCms.Web.Comments;

namespace NewsCms.Web.ReaderSite;

public sealed record ArticlePageViewModel(
    string Headline,
    string Url,
    string? Standfirst,

    // The meta, og, twitter and JSON-LD description: the search description, else the standfirst, else the body's opening.
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

    /// <summary>The &lt;title&gt;, og:title and twitter:title: the desk's search title, else the headline (JSON-LD keeps the headline).</summary>
    public string SearchTitle { get; init; } = "";

    /// <summary>"WASHINGTON" or "NEW YORK (AP)": for structured data; the body already prints it.</summary>
    public string? Dateline { get; init; }

    /// <summary>Null when the article takes no comments (closed by hand or by age).</summary>
    public CommentFormViewModel? CommentForm { get; init; }

    /// <summary>The reader-facing modified instant (JSON-LD dateModified): moves only on significant updates and corrections.</summary>
    public DateTimeOffset ModifiedAt { get; init; }

    /// <summary>Readers see "Updated …" when the story changed meaningfully after publication.</summary>
    public bool WasUpdated => ModifiedAt > PublishedAt;

    /// <summary>Corrections, clarifications and updates, oldest first, shown at the foot of the story.</summary>
    public IReadOnlyList<CorrectionNoteViewModel> Corrections { get; init; } = [];

    /// <summary>The section's listing, linked from the label above the headline.</summary>
    public string? SectionSlug { get; init; }

    /// <summary>The story's tags, each linked to its listing, in name order.</summary>
    public IReadOnlyList<TagLinkViewModel> Tags { get; init; } = [];

    /// <summary>
    /// False for wire copy that gave only a day (imported as that day's start): the page then shows the date
    /// alone rather than an invented "12:00 AM".
    /// </summary>
    public bool ShowsPublicationTime { get; init; } = true;

    /// <summary>The picture the story leads with, if any.</summary>
    public NewsCms.Core.Media.PictureRef? LeadImage { get; init; }

    /// <summary>Conversations shown before "Show more" (Comments:ConversationsShownFirst).</summary>
    public int CommentsShownFirst { get; init; } = 20;

    /// <summary>Arrived from posting a comment (?comment=posted): the same for every reader, so cacheable.</summary>
    public bool CommentPosted { get; init; }
}

public sealed record CorrectionNoteViewModel(string Kind, string Text, DateTimeOffset At);

public sealed record TagLinkViewModel(string Name, string Slug);
