using System.Text;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing.Agency;

/// <summary>
/// IPTC 7901, the teletype-era framing still sent by agencies:
/// <code>
/// SOH
/// ap0123 r a 0412        ← source and message number, priority, category, word count
/// AM-Economy-Jobs        ← keyword line (the slugline), optional
/// STX
/// US job growth slows    ← headline (the first line of the text)
/// By Jane Doe            ← optional byline
///    WASHINGTON (AP) — …  ← paragraphs: a blank line or an indented line starts one
/// ETX
/// 011230                  ← date and time, optional
/// </code>
/// An item is known by its source and keyword, so a write-through with the same keyword updates the story.
/// </summary>
internal static class Iptc7901Reader
{
    public const char Soh = '\u0001';
    private const char Stx = '\u0002';
    private const char Etx = '\u0003';

    private static readonly Dictionary<string, string> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = "Domestic", ["i"] = "International", ["f"] = "Finance", ["s"] = "Sports", ["e"] = "Entertainment",
        ["p"] = "Politics", ["w"] = "Washington", ["n"] = "Regional", ["l"] = "Lifestyle", ["t"] = "Travel",
    };

    public static AgencyItem? Read(string text, out WireCopyError? error)
    {
        error = null;
        var stx = text.IndexOf(Stx, StringComparison.Ordinal);
        var etx = text.IndexOf(Etx, StringComparison.Ordinal);
        if (stx < 0)
            return Refuse(text, text.Length, "there is no STX (start of text) after the heading", out error);
        if (etx < stx)
            return Refuse(text, text.Length, "there is no ETX (end of text) after the text", out error);

        var heading = Lines(text, text.IndexOf(Soh, StringComparison.Ordinal) + 1, stx).Where(l => l.Text.Length > 0).ToList();
        if (heading.Count == 0)
            return Refuse(text, stx, "the heading before STX has no source and message number", out error);
        var fields = heading[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keyword = heading.Count > 1 ? heading[1].Text : null;

        var body = Lines(text, stx + 1, etx);
        var first = body.FindIndex(l => l.Text.Length > 0);
        if (first < 0)
            return Refuse(text, stx, "the text between STX and ETX is empty", out error);
        var headline = body[first].Text;
        if (headline.Length > Article.HeadlineMaxLength)
        {
            error = new WireCopyError(body[first].Number, $"the headline is {headline.Length} characters; the limit is {Article.HeadlineMaxLength}");
            return null;
        }

        var rest = body.Skip(first + 1).ToList();
        string? byline = null;
        var next = rest.FindIndex(l => l.Text.Length > 0);
        if (next >= 0 && rest[next].Text.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            byline = rest[next].Text[3..].Trim();
            rest.RemoveAt(next);
        }

        var blocks = Paragraphs(rest);
        if (blocks.Count == 0)
            return Refuse(text, etx, "the text has a headline but no paragraphs", out error);
        var dateline = NitfReader.TakeDateline(blocks);
        var source = new string(fields[0].TakeWhile(char.IsLetter).ToArray());
        var category = fields.Length > 2 && Categories.TryGetValue(fields[2], out var name) ? name : null;
        return new AgencyItem(WireFormat.Iptc7901, headline, blocks)
        {
            AgencyId = keyword is null ? null : $"iptc7901:{source}:{keyword}",
            Source = source.Length > 0 ? source.ToUpperInvariant() : null,
            Slugline = keyword,
            Dateline = dateline,
            Byline = byline,
            Tags = category is null ? [] : [category],
        };
    }

    private static List<WireBlock> Paragraphs(List<WireLine> lines)
    {
        var blocks = new List<WireBlock>();
        var paragraph = new StringBuilder();
        foreach (var line in lines)
        {
            var startsNew = line.Text.Length == 0 || char.IsWhiteSpace(line.Raw.FirstOrDefault());
            if (startsNew && paragraph.Length > 0)
            {
                blocks.Add(new WireBlock(WireBlockKind.Paragraph, paragraph.ToString()));
                paragraph.Clear();
            }

            if (line.Text.Length > 0)
                paragraph.Append(paragraph.Length > 0 ? " " : "").Append(line.Text);
        }

        if (paragraph.Length > 0)
            blocks.Add(new WireBlock(WireBlockKind.Paragraph, paragraph.ToString()));
        return blocks;
    }

    private readonly record struct WireLine(int Number, string Raw)
    {
        public string Text => Raw.Trim();
    }

    private static List<WireLine> Lines(string text, int from, int to)
    {
        var lines = new List<WireLine>();
        var number = LineAt(text, from);
        foreach (var raw in text[from..to].Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r'))
            lines.Add(new WireLine(number++, raw.Replace('\t', ' ')));
        return lines;
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, Math.Min(index, text.Length)).Count('\n') + 1;

    private static AgencyItem? Refuse(string text, int at, string reason, out WireCopyError error)
    {
        error = new WireCopyError(LineAt(text, at), reason);
        return null;
    }
}
