using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NewsCms.Core.Articles;

/// <summary>
/// What readers and search engines will miss if the story goes out as it is. Warnings, not errors: the
/// editor may still publish (a breaking story may run without a standfirst). Pure, so the editor can show
/// them on every render without touching the database.
/// </summary>
public static class PublicationChecks
{
    /// <summary>Search engines cut result titles at about this length.</summary>
    public const int HeadlineWarnLength = 110;

    public static IReadOnlyList<string> Review(string? headline, string? standfirst, string? bodyMarkdown)
    {
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(standfirst))
            warnings.Add("There is no standfirst: lists, search results and shared links will show the body's first words instead.");
        var length = headline?.Trim().Length ?? 0;
        if (length > HeadlineWarnLength)
            warnings.Add($"The headline has {length} characters; search engines and social cards cut it after about {HeadlineWarnLength}.");
        foreach (var url in InsecureLinks(bodyMarkdown))
            warnings.Add($"The link {url} is not https: browsers may warn readers or block it.");
        return warnings;
    }

    /// <summary>Absolute links in the body that are not https (http:, ftp: …); relative and mailto: links are fine.</summary>
    public static IEnumerable<string> InsecureLinks(string? bodyMarkdown)
    {
        if (string.IsNullOrWhiteSpace(bodyMarkdown))
            return [];
        var document = Markdig.Markdown.Parse(bodyMarkdown, new MarkdownPipelineBuilder().UseAutoLinks().Build());
        var urls = document.Descendants<LinkInline>().Select(l => l.Url)
            .Concat(document.Descendants<AutolinkInline>().Select(l => l.Url))
            .Concat(document.Descendants<LinkReferenceDefinition>().Select(l => l.Url));
        return urls.Where(IsInsecure).Select(u => u!).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsInsecure(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is not ("https" or "mailto" or "tel")
        && !url!.StartsWith('/');
}
