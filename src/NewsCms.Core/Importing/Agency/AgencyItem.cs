using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing.Agency;

/// <summary>Which reader understood a file.</summary>
public enum WireFormat
{
    PlainText,
    Nitf,
    NewsMlG2,
    Iptc7901,
}

/// <summary>What the agency says may be done with an item (NewsML-G2 pubStatus; NITF doc-scope/kill notices).</summary>
public enum AgencyStatus
{
    Usable,
    Withheld,
    Canceled,
}

/// <summary>The kind of one block of agency body text, which decides how it is written as Markdown.</summary>
public enum WireBlockKind
{
    Paragraph,
    Quote,
    Bullet,
    Numbered,

    /// <summary>A table (results, markets, polls): <see cref="WireBlock.Rows"/> holds its cells.</summary>
    Table,
}

/// <summary>One block of body text; a table's <see cref="Text"/> is its cells' words in reading order (for the preview).</summary>
public sealed record WireBlock(WireBlockKind Kind, string Text)
{
    /// <summary>A table's rows of cell texts, the first row its header; null for every other kind.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Rows { get; init; }
}

/// <summary>
/// A picture the agency sent with its copy, named by file (NITF media-reference source, NewsML-G2 remoteContent
/// href; only the last segment of the name counts) and looked for beside the copy's own file, with the agency's
/// words for it. <see cref="MediaId"/> and the final <see cref="AltText"/> are set once it is in the library.
/// </summary>
public sealed record AgencyPicture(string FileName, string? Caption, string? Credit, string? AltText)
{
    public int? MediaId { get; init; }

    /// <summary>The reference as the agency wrote it (a URL, for a feed to fetch it by).</summary>
    public string? Reference { get; init; }

    /// <summary>"pics/2024/harbour.jpg?size=large" is "harbour.jpg"; null when nothing usable is left.</summary>
    public static string? FileNameOf(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        // Unescaped before the last segment is taken, so "..%2Fsecret" cannot name a file outside the folder.
        var path = Uri.UnescapeDataString(reference.Split('?', '#')[0]);
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        return name.Length == 0 || name is "." or ".." || name.Contains('\0', StringComparison.Ordinal) ? null : name;
    }
}

/// <summary>
/// One agency story as any of the readers found it, in the newsroom's terms. The agency id (NewsML-G2 guid,
/// NITF doc-id) is what a later version is matched by; without one an item is matched by nothing and always
/// arrives as new.
/// </summary>
public sealed record AgencyItem(WireFormat Format, string Headline, IReadOnlyList<WireBlock> Blocks)
{
    public string? AgencyId { get; init; }
    public int? Version { get; init; }
    public string? Source { get; init; }
    public string? Slugline { get; init; }
    public string? Subheadline { get; init; }
    public string? Abstract { get; init; }
    public Dateline? Dateline { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateTimeOffset? EmbargoedUntil { get; init; }
    public AgencyStatus Status { get; init; } = AgencyStatus.Usable;
    public string? EditorialNote { get; init; }
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The pictures sent with the story, in the agency's order; the first one with alt text leads.</summary>
    public IReadOnlyList<AgencyPicture> Pictures { get; init; } = [];

    /// <summary>The body as the editor's Markdown: every text is escaped, so the page shows what the agency sent.</summary>
    public string ToMarkdown()
    {
        var parts = new List<string>();
        for (var i = 0; i < Blocks.Count; i++)
        {
            var block = Blocks[i];
            var text = PlainTextMarkdown.Escape(block.Text);
            var previous = i > 0 ? Blocks[i - 1].Kind : (WireBlockKind?)null;
            var line = block.Kind switch
            {
                WireBlockKind.Table when block.Rows is { Count: > 0 } rows => PipeTable(rows),
                WireBlockKind.Quote => "> " + text,
                WireBlockKind.Bullet => "- " + text,
                WireBlockKind.Numbered => $"{Number(i)}. " + text,
                _ => text,
            };
            // Items of one list are separated by a single line break so they stay one list.
            if (previous == block.Kind && block.Kind is WireBlockKind.Bullet or WireBlockKind.Numbered)
                parts[^1] += "\n" + line;
            else
                parts.Add(line);
        }

        return string.Join("\n\n", parts);
    }

    /// <summary>The first words of the body, for the desk's preview.</summary>
    public string Preview(int length = 280)
    {
        var text = string.Join(" ", Blocks.Select(b => b.Text));
        return text.Length <= length ? text : text[..length].TrimEnd() + "…";
    }

    // A Markdown pipe table: the first row is the header (agency tables lead with their column names), short
    // rows are padded, and every cell is escaped like any agency text ("|" included), so a cell stays a cell.
    private static string PipeTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = rows.Max(r => r.Count);
        string Row(IReadOnlyList<string> cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(c => c < cells.Count && cells[c].Length > 0 ? PlainTextMarkdown.Escape(cells[c]) : " ")) + " |";
        return string.Join('\n', [Row(rows[0]), "|" + string.Concat(Enumerable.Repeat(" --- |", columns)), .. rows.Skip(1).Select(Row)]);
    }

    private int Number(int index)
    {
        var n = 1;
        while (index - n >= 0 && Blocks[index - n].Kind == WireBlockKind.Numbered)
            n++;
        return n;
    }
}
