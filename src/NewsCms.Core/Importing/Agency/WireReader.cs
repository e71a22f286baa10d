namespace NewsCms.Core.Importing.Agency;

/// <summary>What one file held: its format and its items, or why it is refused (nothing of it is stored).</summary>
public sealed record WireRead(WireFormat Format, IReadOnlyList<AgencyItem> Items, WireCopyError? Error)
{
    public bool Refused => Error is not null;

    /// <summary>Pictures the file sends with no story of it (a NewsML-G2 picture item on its own): for the media library.</summary>
    public IReadOnlyList<AgencyPicture> PicturesAlone { get; init; } = [];
}

/// <summary>
/// Chooses the reader by what the file holds, never by its name: SOH framing is IPTC 7901; XML whose root is
/// nitf is NITF; newsItem or newsMessage is NewsML-G2; anything else is the plain-text wire format.
/// </summary>
public static class WireReader
{
    public static WireRead Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart('\uFEFF').TrimStart(" \t\r\n");
        if (start.StartsWith([Iptc7901Reader.Soh]))
        {
            var item = Iptc7901Reader.Read(text, out var error);
            return new WireRead(WireFormat.Iptc7901, item is null ? [] : [item], error);
        }

        if (LooksLikeXml(start))
            return ReadXml(text);

        return WireCopyParser.TryParse(text, out var copy, out var plainError)
            ? new WireRead(WireFormat.PlainText, [FromPlainText(copy)], null)
            : new WireRead(WireFormat.PlainText, [], plainError);
    }

    /// <summary>The plain-text format as an agency item, for the desk (the verb imports it as it always has).</summary>
    public static AgencyItem FromPlainText(WireCopy copy) =>
        new(WireFormat.PlainText, copy.Headline, copy.Paragraphs.Select(p => new WireBlock(WireBlockKind.Paragraph, p)).ToList())
        {
            Dateline = copy.Dateline,
            SentAt = new DateTimeOffset(copy.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };

    // A plain-text headline may open with "<" too; only a declaration, a doctype or a known root makes it XML.
    private static bool LooksLikeXml(ReadOnlySpan<char> start) =>
        start.StartsWith("<?xml", StringComparison.Ordinal)
        || start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
        || start.StartsWith("<nitf", StringComparison.Ordinal)
        || start.StartsWith("<newsItem", StringComparison.Ordinal)
        || start.StartsWith("<newsMessage", StringComparison.Ordinal)
        || (start.StartsWith("<", StringComparison.Ordinal) && start.IndexOf(':') is > 1 and < 20 && start[1..start.IndexOf(':')].ToString().All(char.IsLetterOrDigit));

    private static WireRead ReadXml(string text)
    {
        var document = WireXml.Load(text, out var error);
        if (document?.Root is not { } root)
            return new WireRead(WireFormat.NewsMlG2, [], error ?? new WireCopyError(1, "the XML has no root element"));

        switch (root.Name.LocalName)
        {
            case "nitf":
                var nitf = NitfReader.Read(root, out error);
                return new WireRead(WireFormat.Nitf, nitf is null ? [] : [nitf], error);
            case "newsItem" or "newsMessage":
                var items = NewsMlG2Reader.Read(root, out error, out var alone);
                return new WireRead(WireFormat.NewsMlG2, items ?? [], error) { PicturesAlone = alone };
            default:
                return new WireRead(WireFormat.NewsMlG2, [], new WireCopyError(root.Line(), $"the root element <{root.Name.LocalName}> is neither NITF (<nitf>) nor NewsML-G2 (<newsItem>, <newsMessage>)"));
        }
    }
}
