namespace NewsCms.Core.Articles;

/// <summary>The editable text of an article, with its body already rendered.</summary>
public sealed record ArticleContent(
    string Headline,
    string Slug,
    string? Standfirst,
    Dateline? Dateline,
    string BodyMarkdown,
    string BodyHtml,
    string Excerpt,
    int? SectionId,
    string? Byline);
