using System.Text;

namespace NewsCms.Core.Importing;

/// <summary>
/// Turns one paragraph of plain text into Markdown that the site's pipeline renders back to exactly that text.
/// Only what the pipeline could read as syntax is escaped, so the stored Markdown stays readable for editors:
/// "U.S.", quotes and parentheses are left alone.
/// </summary>
public static class PlainTextMarkdown
{
    // Special anywhere in a line: escapes, emphasis and its extras (~ ^), code, links, entities, raw HTML,
    // pipe tables and headings.
    private const string AlwaysEscaped = "\\`*_[]<>&~^|#";

    // The autolink extension keeps a URL's backslashes in the link text, so instead of escaping inside a URL
    // the scheme's colon (or the dot of "www.") is escaped and the URL stays plain text.
    private static readonly string[] Schemes = ["http", "https", "ftp", "mailto", "tel"];

    public static string Escape(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        if (plainText.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException("A paragraph is one line of text; split it at its line breaks first.", nameof(plainText));

        var start = 0;
        while (start < plainText.Length && char.IsWhiteSpace(plainText[start]))
            start++;
        var end = plainText.Length;
        while (end > start && char.IsWhiteSpace(plainText[end - 1]))
            end--;

        var markdown = new StringBuilder(plainText.Length + 16);
        // Markdown drops a paragraph's outer white space (and four leading spaces make code), so it goes in as entities.
        AppendAsEntities(markdown, plainText.AsSpan(0, start));
        var i = AppendLineStart(markdown, plainText, start, end);
        for (; i < end; i++)
        {
            if (NeedsEscape(plainText, i))
                markdown.Append('\\');
            markdown.Append(plainText[i]);
        }

        AppendAsEntities(markdown, plainText.AsSpan(end));
        return markdown.ToString();
    }

    // Block syntax that only counts at the start of a line: list bullets ("- ", "+ "), ordered lists ("1. ",
    // "2) "), thematic breaks and setext underlines. Returns where the ordinary escaping carries on.
    private static int AppendLineStart(StringBuilder markdown, string text, int start, int end)
    {
        if (start == end)
            return start;
        if (text[start] is '-' or '+' or '=')
        {
            markdown.Append('\\').Append(text[start]);
            return start + 1;
        }

        var i = start;
        while (i < end && char.IsAsciiDigit(text[i]))
            markdown.Append(text[i++]);
        if (i > start && i < end && text[i] is '.' or ')')
        {
            markdown.Append('\\').Append(text[i]);
            i++;
        }

        return i;
    }

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        var previous = i > 0 ? text[i - 1] : '\0';
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return AlwaysEscaped.Contains(c, StringComparison.Ordinal)
            || (c == '!' && next == '[')
            // "++inserted++" and "==marked==" need two in a row; a lone "+" or "=" is just text.
            || (c is '+' or '=' && (previous == c || next == c))
            || (c == ':' && Schemes.Any(scheme => text.AsSpan(0, i).EndsWith(scheme, StringComparison.OrdinalIgnoreCase)))
            || (c == '.' && text.AsSpan(0, i).EndsWith("www", StringComparison.OrdinalIgnoreCase));
    }

    private static void AppendAsEntities(StringBuilder markdown, ReadOnlySpan<char> whiteSpace)
    {
        foreach (var c in whiteSpace)
            markdown.Append("&#").Append((int)c).Append(';');
    }
}
