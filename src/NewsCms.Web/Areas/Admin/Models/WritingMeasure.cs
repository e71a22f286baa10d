namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// Words and reading time beside Body. wwwroot/js/editor-helpers.js counts the same way as the text is typed,
/// so the server's figure (shown without script, and on every page load) and the script's never disagree.
/// </summary>
public sealed record WritingMeasure(int Words, int ReadingMinutes)
{
    /// <summary>An adult's silent reading pace for news text; the usual figure behind "N min read".</summary>
    public const int WordsPerMinute = 230;

    /// <summary>A word is a run of non-space characters holding a letter or digit, so Markdown's "-", "#" and "&gt;" do not count.</summary>
    public static WritingMeasure Of(string? text)
    {
        var words = (text ?? "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(token => token.Any(char.IsLetterOrDigit));
        return new WritingMeasure(words, words == 0 ? 0 : (words + WordsPerMinute - 1) / WordsPerMinute);
    }

    public override string ToString() =>
        $"{Words:N0} {(Words == 1 ? "word" : "words")} · {ReadingMinutes} min read";
}
