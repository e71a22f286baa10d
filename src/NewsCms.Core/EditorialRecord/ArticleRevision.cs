using NewsCms.Core.Articles;

namespace NewsCms.Core.EditorialRecord;

/// <summary>
/// An immutable snapshot of an article after one save: every field a person edits, plus who and when.
/// Private setters and no update method: a revision, once written, is never rewritten.
/// </summary>
public sealed class ArticleRevision
{
    private ArticleRevision()
    {
    }

    internal ArticleRevision(Article article, string? sectionName, IReadOnlyList<string> tags, IReadOnlyList<string> authorIds, DateTimeOffset at)
    {
        Article = article;
        Headline = article.Headline;
        Standfirst = article.Standfirst;
        DatelinePlace = article.DatelinePlace;
        DatelineSource = article.DatelineSource;
        BodyMarkdown = article.BodyMarkdown;
        SectionId = article.SectionId;
        SectionName = sectionName;
        Tags = [.. tags];
        Byline = article.Byline;
        AuthorIds = [.. authorIds];
        Slug = article.Slug;
        Status = article.Status;
        ById = article.ChangedById;
        At = at;
    }

    public long Id { get; private set; }
    public int ArticleId { get; private set; }
    public Article? Article { get; private set; }
    public string Headline { get; private set; } = "";
    public string? Standfirst { get; private set; }
    public string? DatelinePlace { get; private set; }
    public string? DatelineSource { get; private set; }
    public string BodyMarkdown { get; private set; } = "";
    public int? SectionId { get; private set; }
    public string? SectionName { get; private set; }
    public List<string> Tags { get; private set; } = [];
    public string? Byline { get; private set; }
    public List<string> AuthorIds { get; private set; } = [];
    public string Slug { get; private set; } = "";
    public ArticleStatus Status { get; private set; }

    /// <summary>A staff user id, "system" for the importer and the scheduled publisher, null when unknown.</summary>
    public string? ById { get; private set; }

    public DateTimeOffset At { get; private set; }
}
