using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing;

/// <summary>
/// Reads the plain-text wire format: line 1 the headline, line 2 the publication date ("October 14, 2023"),
/// then one paragraph a line, the first possibly opening with a dateline, and an optional last line
/// "Comments (N)" or "Comments ()" that counts comments and is not body text.
/// </summary>
public static partial class WireCopyParser
{
    private const string DateExample = "October 14, 2023";
    private const int FirstBodyLine = 3;

    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] DateFormats = ["MMMM d, yyyy", "MMM d, yyyy"];

    public static bool TryParse(string text, [NotNullWhen(true)] out WireCopy? copy, [NotNullWhen(false)] out WireCopyError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        copy = null;
        var lines = WireLine.Split(text, out error);
        if (error is not null)
            return false;

        error = ReadHeadline(lines, out var headline);
        if (error is not null)
            return false;

        error = ReadDate(lines, out var publishedOn);
        if (error is not null)
            return false;

        error = ReadBody(lines, out var dateline, out var paragraphs, out var commentCount);
        if (error is not null)
            return false;

        copy = new WireCopy(headline, publishedOn, dateline, paragraphs, commentCount);
        return true;
    }

    private static WireCopyError? ReadHeadline(List<WireLine> lines, out string headline)
    {
        headline = lines[0].Text;
        if (headline.Length == 0)
            return new WireCopyError(1, "expected the headline, but the line is blank");
        if (headline.Length > Article.HeadlineMaxLength)
            return new WireCopyError(1, $"the headline is {headline.Length} characters; the limit is {Article.HeadlineMaxLength}");
        return null;
    }

    private static WireCopyError? ReadDate(List<WireLine> lines, out DateOnly publishedOn)
    {
        publishedOn = default;
        var text = lines.Count > 1 ? lines[1].Text : "";
        if (text.Length == 0)
            return new WireCopyError(2, $"expected the publication date, like '{DateExample}'");

        // AP style abbreviates months with a full stop ("Oct. 14") and September as "Sept.".
        var normalized = MonthAbbreviation().Replace(text, m => NormalizeMonth(m.Groups["month"].Value));
        return DateOnly.TryParseExact(normalized, DateFormats, UsEnglish, DateTimeStyles.AllowWhiteSpaces, out publishedOn)
            ? null
            : new WireCopyError(2, $"'{text}' is not a publication date like '{DateExample}'");
    }

    private static string NormalizeMonth(string month) =>
        month.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? "Sep" : month;

    private static WireCopyError? ReadBody(List<WireLine> lines, out Dateline? dateline, out List<string> paragraphs, out int? commentCount)
    {
        dateline = null;
        paragraphs = [];
        var body = lines.Skip(FirstBodyLine - 1).Where(line => !line.IsBlank).ToList();
        var error = ReadCommentCounter(body, out commentCount, out var counterLine);
        if (error is not null)
            return error;
        if (counterLine is not null)
            body.RemoveAt(body.Count - 1);
        if (body.Count == 0)
            return new WireCopyError(counterLine ?? FirstBodyLine, "the article has no body paragraphs");

        paragraphs = body.ConvertAll(line => line.Text);
        if (WireDatelineReader.TrySplit(paragraphs[0], out dateline, out var rest))
        {
            if (rest.Length == 0)
                return new WireCopyError(body[0].Number, "the dateline is not followed by any text");
            paragraphs[0] = rest;
        }

        return null;
    }

    // Only the last line can be the counter, so a paragraph quoting "Comments (12)" stays text.
    private static WireCopyError? ReadCommentCounter(List<WireLine> body, out int? count, out int? counterLine)
    {
        count = null;
        counterLine = null;
        var match = body.Count > 0 ? CommentCounter().Match(body[^1].Text) : Match.Empty;
        if (!match.Success)
            return null;

        counterLine = body[^1].Number;
        var digits = match.Groups["count"].Value;
        if (digits.Length == 0)
            return null;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return new WireCopyError(body[^1].Number, $"the comment count {digits} is too large");
        count = value;
        return null;
    }

    [GeneratedRegex(@"^Comments \((?<count>[0-9]*)\)$")]
    private static partial Regex CommentCounter();

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,4})\.?(?=\s)")]
    private static partial Regex MonthAbbreviation();
}
