using System.Net;
using System.Security.Cryptography;

namespace NewsCms.Core.Search;

/// <summary>
/// Highlighted snippets, safely. PostgreSQL's ts_headline marks matches with markers of our choosing but does
/// not encode the text around them, and the article text may contain anything ("&lt;script&gt;"). So the
/// markers are random per query (text cannot forge them), the whole snippet is HTML-encoded, and only then
/// do the markers become &lt;mark&gt; tags. The result is safe to write unencoded.
/// </summary>
public sealed record SearchSnippet(string StartMarker, string StopMarker)
{
    public static SearchSnippet CreateMarkers()
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        return new SearchSnippet($"HLSTART{token}", $"HLSTOP{token}");
    }

    /// <summary>ts_headline's options; the markers are letters and digits only, so no quoting trouble.</summary>
    public string HeadlineOptions =>
        $"StartSel={StartMarker}, StopSel={StopMarker}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    public string ToHtml(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            return "";
        return WebUtility.HtmlEncode(raw)
            .Replace(StartMarker, "<mark>", StringComparison.Ordinal)
            .Replace(StopMarker, "</mark>", StringComparison.Ordinal);
    }

    /// <summary>Plain text with no match to highlight (a trigram near miss): encoded, nothing marked.</summary>
    /// <summary>
    /// Whether the snippet (as <see cref="ToHtml"/> made it) opens with <paramref name="text"/>, a standfirst
    /// the result would otherwise print twice. Compares the first 60 characters: the snippet may stop sooner.
    /// </summary>
    public static bool OpensWith(string snippetHtml, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || snippetHtml.Length == 0)
            return false;
        var snippet = WebUtility.HtmlDecode(snippetHtml.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).TrimStart();
        var head = text.Trim();
        head = head.Length > 60 ? head[..60] : head;
        return snippet.StartsWith(head, StringComparison.Ordinal);
    }

    public static string Plain(string? text) => WebUtility.HtmlEncode(text ?? "");
}
