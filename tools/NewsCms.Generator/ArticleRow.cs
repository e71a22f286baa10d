using NewsCms.Core.Articles;

namespace NewsCms.Generator;

/// <summary>One generated article, already rendered, as the COPY writes it.</summary>
public sealed record ArticleRow(
    string Headline,
    string Slug,
    string? Standfirst,
    Dateline? Dateline,
    string BodyMarkdown,
    string BodyHtml,
    string Excerpt,
    int SectionId,
    ArticleStatus Status,
    Timeline Timeline,
    bool CommentsOpen,
    IReadOnlyList<string> AuthorIds,
    IReadOnlyList<int> TagIds)
{
    public int Id { get; init; }
}

/// <summary>The instants of an article's life; the publication ones only where its status has them.</summary>
public sealed record Timeline(
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt = null,
    DateOnly? PublishedOn = null,
    DateTimeOffset? ScheduledAt = null);
