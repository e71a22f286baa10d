using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing;

/// <summary>One wire story as read from its plain-text file; see <see cref="WireCopyParser"/>.</summary>
public sealed record WireCopy(string Headline, DateOnly PublishedOn, Dateline? Dateline, IReadOnlyList<string> Paragraphs, int? CommentCount)
{
    // Every paragraph is escaped so the page shows the wire text itself, never Markdown it happened to resemble.
    public string ToMarkdown() => string.Join("\n\n", Paragraphs.Select(PlainTextMarkdown.Escape));
}
