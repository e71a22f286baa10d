using NewsCms.Core.Comments;
using NewsCms.Core.Sections;

namespace NewsCms.Core.Articles;

/// <summary>
/// A story. The article guards its own workflow: state changes go through methods that take the instant
/// and refuse illegal moves, so no controller or job can put it in a state the contract does not have.
/// </summary>
public sealed class Article
{
    public const int HeadlineMaxLength = 200;
    public const int SlugMaxLength = 120;

    private Article()
    {
    }

    public Article(string headline, string slug, DateTimeOffset now)
    {
        SetHeadline(headline);
        Slug = slug;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public string Headline { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Standfirst { get; private set; }
    public string? DatelinePlace { get; private set; }
    public string? DatelineSource { get; private set; }
    public string BodyMarkdown { get; private set; } = "";

    /// <summary>Rendered from <see cref="BodyMarkdown"/> when saved, never per request; already sanitised.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>Plain text of the body's opening, for lists and descriptions when there is no standfirst.</summary>
    public string Excerpt { get; private set; } = "";

    public int? SectionId { get; private set; }
    public Section? Section { get; private set; }
    public ICollection<Comment> Comments { get; private set; } = [];
    public string? Byline { get; private set; }
    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>First publication; never moves once set, so the URL stays stable.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The URL's date: the first publication's calendar day in the newsroom's time zone.</summary>
    public DateOnly? PublishedOn { get; private set; }

    public DateTimeOffset? ScheduledAt { get; private set; }
    public bool CommentsOpen { get; private set; } = true;

    /// <summary>PostgreSQL's xmin: two saves from the same starting version cannot both win.</summary>
    public uint Version { get; private set; }

    public Dateline? Dateline => Dateline.From(DatelinePlace, DatelineSource);

    public void SetHeadline(string headline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headline);
        if (headline.Length > HeadlineMaxLength)
            throw new ArgumentException($"A headline has at most {HeadlineMaxLength} characters.", nameof(headline));
        Headline = headline.Trim();
    }

    public void SetStandfirst(string? standfirst) => Standfirst = string.IsNullOrWhiteSpace(standfirst) ? null : standfirst.Trim();

    public void SetDateline(Dateline? dateline)
    {
        DatelinePlace = dateline?.Place;
        DatelineSource = dateline?.Source;
    }

    public void SetByline(string? byline) => Byline = string.IsNullOrWhiteSpace(byline) ? null : byline.Trim();

    public void SetSection(int? sectionId) => SectionId = sectionId;

    public void SetBody(string markdown, string html, string excerpt)
    {
        BodyMarkdown = markdown;
        BodyHtml = html;
        Excerpt = excerpt;
    }

    /// <summary>Edits of a published article keep it published and move "updated".</summary>
    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    /// <summary>
    /// Publishes now. The first publication fixes <see cref="PublishedAt"/> and the URL's day; a later
    /// re-publication (after an unpublish) keeps both, so old links keep working.
    /// </summary>
    public void Publish(DateTimeOffset now, DateOnly publishedOn)
    {
        if (Status is ArticleStatus.Published or ArticleStatus.Archived)
            throw new InvalidOperationException($"An article that is {Status} cannot be published.");
        PublishedAt ??= now;
        PublishedOn ??= publishedOn;
        ScheduledAt = null;
        Status = ArticleStatus.Published;
        UpdatedAt = now;
    }

    /// <summary>Takes a published story off the public site; its URL then answers 410 Gone.</summary>
    public void Unpublish(DateTimeOffset now)
    {
        if (Status != ArticleStatus.Published)
            throw new InvalidOperationException($"An article that is {Status} cannot be unpublished.");
        Status = ArticleStatus.Unpublished;
        UpdatedAt = now;
    }
}
