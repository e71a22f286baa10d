using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace NewsCms.Web.Comments;

/// <summary>
/// An approved comment's paragraph as HTML: every character of the reader's text is HTML-encoded (by
/// <see cref="HtmlContentBuilder.Append(string)"/>), and only http(s) addresses become links, with
/// <c>rel="nofollow ugc"</c> so the site lends them no ranking. Never used for unmoderated text.
/// </summary>
public static partial class CommentText
{
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', ')', '\'', '"'];

    /// <summary>The text as sent, cut into paragraphs at blank lines; the view HTML-encodes each one.</summary>
    public static IEnumerable<string> Paragraphs(string body) =>
        body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IHtmlContent Linkify(string paragraph)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match match in Url().Matches(paragraph))
        {
            var url = match.Value.TrimEnd(TrailingPunctuation);
            html.Append(paragraph[at..match.Index]);
            html.AppendHtml("<a rel=\"nofollow ugc\" href=\"");
            html.Append(url);
            html.AppendHtml("\">");
            html.Append(url);
            html.AppendHtml("</a>");
            at = match.Index + url.Length;
        }

        html.Append(paragraph[at..]);
        return html;
    }

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
