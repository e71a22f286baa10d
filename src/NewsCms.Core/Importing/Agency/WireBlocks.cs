using System.Xml.Linq;

namespace NewsCms.Core.Importing.Agency;

/// <summary>
/// Reads the body of NITF (body.content) and of XHTML alike: paragraphs, block quotes and lists in document
/// order; subheads become paragraphs; tables keep their rows; media and anything else without running text are
/// left out.
/// </summary>
internal static class WireBlocks
{
    public static List<WireBlock> Read(XElement container)
    {
        var blocks = new List<WireBlock>();
        Walk(container, blocks, WireBlockKind.Paragraph);
        return blocks;
    }

    private static void Walk(XElement container, List<WireBlock> blocks, WireBlockKind kind)
    {
        foreach (var element in container.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "p" or "hl2" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre":
                    Add(blocks, kind, element.Text());
                    break;
                case "bq" or "blockquote":
                    Quote(element, blocks);
                    break;
                case "ul" or "ol" or "dl":
                    var item = element.Name.LocalName == "ol" ? WireBlockKind.Numbered : WireBlockKind.Bullet;
                    foreach (var li in element.Elements().Where(e => e.Name.LocalName is "li" or "dd" or "dt"))
                        Add(blocks, item, li.Text());
                    break;
                case "table":
                    Table(element, blocks);
                    break;
                case "block" or "div" or "section" or "article" or "body.content" or "body":
                    Walk(element, blocks, kind);
                    break;
            }
        }
    }

    private static void Quote(XElement quote, List<WireBlock> blocks)
    {
        var before = blocks.Count;
        Walk(quote, blocks, WireBlockKind.Quote);
        if (blocks.Count == before)
            Add(blocks, WireBlockKind.Quote, quote.Text());
        if (quote.Child("credit").Text() is { } credit)
            Add(blocks, WireBlockKind.Quote, "\u2014 " + credit);
    }

    // Rows of thead, tbody and tfoot in document order, a cell's words on one line; the caption, when there is
    // one, goes before the table as a paragraph. Spans are not kept: a cell spanning columns is one cell.
    private static void Table(XElement table, List<WireBlock> blocks)
    {
        Add(blocks, WireBlockKind.Paragraph, table.Child("caption").Text());
        var rows = table.Descendants()
            .Where(e => e.Name.LocalName == "tr")
            .Select(tr => tr.Elements().Where(c => c.Name.LocalName is "td" or "th").Select(c => c.Text() ?? "").ToList())
            .Where(cells => cells.Any(c => c.Length > 0))
            .ToList();
        if (rows.Count > 0)
            blocks.Add(new WireBlock(WireBlockKind.Table, string.Join(" ", rows.SelectMany(r => r).Where(c => c.Length > 0))) { Rows = rows });
    }

    private static void Add(List<WireBlock> blocks, WireBlockKind kind, string? text)
    {
        if (!string.IsNullOrEmpty(text))
            blocks.Add(new WireBlock(kind, text));
    }
}
