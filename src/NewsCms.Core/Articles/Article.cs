using NewsCms.Core.Comments;
using NewsCms.Core.Markdown;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Articles;

/// <summary>
/// A story. The article guards its own workflow: state changes go through methods that take the actor and
/// the instant and refuse illegal moves (see <see cref="ArticleWorkflow"/>), so no controller or job can put
/// it in a state the contract does not have.
/// </summary>
public sealed partial class Article
{
    public const int HeadlineMaxLength = 200;
    public const int SlugMaxLength = 120;
    public const int StandfirstMaxLength = 1000;
    public const int DatelineMaxLength = 100;
    public const int BylineMaxLength = 300;

    private Article()
    {
    }

    public Article(string headline, string slug, string? createdById, DateTimeOffset now)
    {
        SetHeadline(headline);
        Slug = slug;
        CreatedById = createdById;
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

    /// <summary>Free-text byline ("Staff", a wire agency); staff authors, when there are any, take precedence.</summary>
    public string? Byline { get; private set; }

    public List<ArticleAuthor> Authors { get; private set; } = [];
    public List<Tag> Tags { get; private set; } = [];
    public ICollection<Comment> Comments { get; private set; } = [];

    public ArticleStatus Status { get; private set; } = ArticleStatus.Draft;
    public string? CreatedById { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>First publication; never moves once set, so the URL stays stable.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The URL's date: the first publication's calendar day in the newsroom's time zone.</summary>
    public DateOnly? PublishedOn { get; private set; }

    /// <summary>When a Scheduled article goes live.</summary>
    public DateTimeOffset? ScheduledAt { get; private set; }

    /// <summary>When a published article is taken down automatically (an expiry), if ever.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool CommentsOpen { get; private set; } = true;

    /// <summary>PostgreSQL's xmin: two saves from the same starting version cannot both win.</summary>
    public uint Version { get; private set; }

    public Dateline? Dateline => Dateline.From(DatelinePlace, DatelineSource);

    public bool SlugIsFixed => PublishedAt is not null;

    public void SetHeadline(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        if (headline.Length > HeadlineMaxLength)
            throw new ArgumentException($"A headline has at most {HeadlineMaxLength} characters.", nameof(headline));
        Headline = headline.Trim();
    }

    public void SetDateline(Dateline? dateline)
    {
        DatelinePlace = dateline?.Place;
        DatelineSource = dateline?.Source;
    }

    /// <summary>The library pictures the body places (docs/pictures.md): they count as "used" and are re-rendered when described anew.</summary>
    public int[] BodyMediaIds { get; private set; } = [];

    public void SetBody(string markdown, string html, string excerpt)
    {
        BodyMarkdown = markdown;
        BodyMediaIds = [.. MarkdownRenderer.PictureIds(markdown)];
        BodyHtml = html;
        Excerpt = excerpt;
    }

    /// <summary>Applies an edit from the newsroom. Editing a published article keeps it published and moves "updated".</summary>
    public void Edit(Actor actor, ArticleContent content, DateTimeOffset now)
    {
        Touch(actor);
        ArticleWorkflow.Ensure(ArticleWorkflow.CanEdit(this, actor), "edit", this);
        if (SlugIsFixed && content.Slug != Slug)
            throw new WorkflowException("The slug cannot change after the article was first published.");
        SetHeadline(content.Headline);
        Slug = content.Slug;
        Standfirst = content.Standfirst;
        SetDateline(content.Dateline);
        SetBody(content.BodyMarkdown, content.BodyHtml, content.Excerpt);
        SectionId = content.SectionId;
        Byline = content.Byline;
        UpdatedAt = now;
    }

    public void SetAuthors(IReadOnlyList<string> userIds)
    {
        Authors.RemoveAll(a => !userIds.Contains(a.UserId));
        for (var i = 0; i < userIds.Count; i++)
        {
            if (Authors.Find(a => a.UserId == userIds[i]) is { } kept && kept.Position == i)
                continue;
            Authors.RemoveAll(a => a.UserId == userIds[i]);
            Authors.Add(new ArticleAuthor(userIds[i], i));
        }
    }

    public void SetTags(IEnumerable<Tag> tags)
    {
        Tags.Clear();
        Tags.AddRange(tags);
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        Touch(actor);
        ArticleWorkflow.Ensure(ArticleWorkflow.CanSubmit(this, actor), "submit", this);
        Status = ArticleStatus.InReview;
        UpdatedAt = now;
    }

    /// <summary>
    /// Publishes. The first publication fixes <see cref="PublishedAt"/> and the URL's day; a later
    /// re-publication (after an unpublish) keeps both, so old links keep working.
    /// </summary>
    public void Publish(Actor actor, DateTimeOffset now, DateOnly publishedOn)
    {
        Touch(actor);
        ModifiedAt ??= now;
        ArticleWorkflow.Ensure(ArticleWorkflow.CanPublish(this, actor), "publish", this);
        EnsureNotEmbargoed(now);
        PublishedAt ??= now;
        PublishedOn ??= publishedOn;
        ScheduledAt = null;
        Status = ArticleStatus.Published;
        UpdatedAt = now;
    }

    public void Schedule(Actor actor, DateTimeOffset at, DateTimeOffset now)
    {
        Touch(actor);
        ArticleWorkflow.Ensure(ArticleWorkflow.CanSchedule(this, actor), "schedule", this);
        if (at <= now)
            throw new WorkflowException("A publication time must be in the future.");
        EnsureNotEmbargoed(at);
        ScheduledAt = at;
        Status = ArticleStatus.Scheduled;
        UpdatedAt = now;
    }

    /// <summary>Takes a published story off the public site; its URL then answers 410 Gone.</summary>
    public void Unpublish(Actor actor, DateTimeOffset now)
    {
        Touch(actor);
        ArticleWorkflow.Ensure(ArticleWorkflow.CanUnpublish(this, actor), "unpublish", this);
        Status = ArticleStatus.Unpublished;
        ExpiresAt = null;
        UpdatedAt = now;
    }

    public void Archive(Actor actor, DateTimeOffset now)
    {
        Touch(actor);
        ArticleWorkflow.Ensure(ArticleWorkflow.CanArchive(this, actor), "archive", this);
        Status = ArticleStatus.Archived;
        ScheduledAt = null;
        ExpiresAt = null;
        UpdatedAt = now;
    }

    /// <summary>Editors and moderators close or reopen comments (the moderation desk checks who).</summary>
    public void SetCommentsOpen(bool open) => CommentsOpen = open;

    /// <summary>Sets or clears the automatic unpublish; the background publisher carries it out.</summary>
    public void SetExpiry(Actor actor, DateTimeOffset? at, DateTimeOffset now)
    {
        if (at == ExpiresAt)
            return;
        ArticleWorkflow.Ensure(ArticleWorkflow.CanSetExpiry(this, actor), "set an unpublish time on", this);
        if (at is not null && at <= now)
            throw new WorkflowException("An unpublish time must be in the future.");
        ExpiresAt = at;
    }
}
