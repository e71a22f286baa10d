using System.Globalization;
using System.Xml.Linq;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing.Agency;

/// <summary>
/// NewsML-G2: a newsItem, or a newsMessage whose itemSet carries several. Text items only (itemClass
/// ninat:text, or none given); pictures and other items in a message are passed over. The body is the
/// inline NITF or XHTML of the contentSet, or its inline plain text.
/// </summary>
internal static class NewsMlG2Reader
{
    public static List<AgencyItem>? Read(XElement root, out WireCopyError? error)
    {
        error = null;
        var items = root.Name.LocalName == "newsMessage"
            ? root.Child("itemSet").Children("newsItem").ToList()
            : [root];
        var read = new List<AgencyItem>();
        foreach (var newsItem in items.Where(IsText))
        {
            var item = ReadItem(newsItem, out error);
            if (item is null)
                return null;
            read.Add(item);
        }

        if (read.Count == 0)
            error = new WireCopyError(root.Line(), $"the <{root.Name.LocalName}> carries no text item");
        return error is null ? read : null;
    }

    private static bool IsText(XElement newsItem) =>
        newsItem.Child("itemMeta").Child("itemClass").Attr("qcode") is not { } qcode
        || qcode.EndsWith(":text", StringComparison.OrdinalIgnoreCase);

    private static AgencyItem? ReadItem(XElement newsItem, out WireCopyError? error)
    {
        var itemMeta = newsItem.Child("itemMeta");
        var contentMeta = newsItem.Child("contentMeta");
        var body = ReadBody(newsItem, out error);
        if (body is null)
            return null;

        var headline = contentMeta.Child("headline").Text() ?? body.Headline;
        if (headline is null)
        {
            error = new WireCopyError((contentMeta ?? newsItem).Line(), "the <newsItem> has no <headline>");
            return null;
        }

        if (headline.Length > Article.HeadlineMaxLength)
        {
            error = new WireCopyError(contentMeta.Child("headline")?.Line() ?? newsItem.Line(), $"the <headline> is {headline.Length} characters; the limit is {Article.HeadlineMaxLength}");
            return null;
        }

        var fromText = NitfReader.TakeDateline(body.Blocks);
        var item = body.Nitf ?? new AgencyItem(WireFormat.NewsMlG2, headline, body.Blocks);
        return item with
        {
            Format = WireFormat.NewsMlG2,
            Headline = headline,
            Blocks = body.Blocks,
            AgencyId = newsItem.Attr("guid"),
            Version = int.TryParse(newsItem.Attr("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : item.Version,
            Source = Code(itemMeta.Child("provider")) ?? item.Source,
            Slugline = contentMeta.Child("slugline").Text() ?? item.Slugline,
            Abstract = contentMeta.Children("description").FirstOrDefault().Text() ?? item.Abstract,
            Dateline = Located(contentMeta) ?? item.Dateline ?? fromText,
            Byline = Creators(contentMeta) ?? item.Byline,
            Tags = Subjects(contentMeta).Concat(item.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            EmbargoedUntil = WireXml.Instant(itemMeta.Child("embargoed").Text()) ?? item.EmbargoedUntil,
            Status = NitfReader.Status(Code(itemMeta.Child("pubStatus"))),
            EditorialNote = itemMeta.Child("edNote").Text() ?? item.EditorialNote,
            SentAt = WireXml.Instant(itemMeta.Child("versionCreated").Text()) ?? item.SentAt,
        };
    }

    private sealed record Body(string? Headline, List<WireBlock> Blocks, AgencyItem? Nitf);

    private static Body? ReadBody(XElement newsItem, out WireCopyError? error)
    {
        error = null;
        var contentSet = newsItem.Child("contentSet");
        var inlineXml = contentSet.Child("inlineXML");
        if (inlineXml?.Elements().FirstOrDefault() is { } inner)
        {
            if (inner.Name.LocalName == "nitf")
            {
                var nitf = NitfReader.Read(inner, out error, newsItem.Child("contentMeta").Child("headline").Text());
                return nitf is null ? null : new Body(nitf.Headline, [.. nitf.Blocks], nitf);
            }

            var xhtmlBody = inner.Name.LocalName == "html" ? inner.Child("body") : inner;
            var blocks = xhtmlBody is null ? [] : WireBlocks.Read(xhtmlBody);
            var title = inner.Find("title").Text() ?? xhtmlBody.Find("h1").Text();
            if (blocks.Count > 0)
                return new Body(title, blocks, null);
        }
        else if (contentSet.Child("inlineData").Text() is { } data)
        {
            return new Body(null, [new WireBlock(WireBlockKind.Paragraph, data)], null);
        }

        error = new WireCopyError((inlineXml ?? contentSet ?? newsItem).Line(), "the <contentSet> has no inline NITF, XHTML or text with paragraphs");
        return null;
    }

    private static string? Code(XElement? element) =>
        element.Attr("qcode") is { } qcode ? qcode[(qcode.IndexOf(':', StringComparison.Ordinal) + 1)..] : element.Attr("literal") ?? element.Child("name").Text();

    private static Dateline? Located(XElement? contentMeta)
    {
        var place = contentMeta.Child("located").Child("name").Text()
            ?? contentMeta.Child("dateline").Text()?.TrimEnd('-', '\u2014', '\u2013', ' ', ',');
        return string.IsNullOrEmpty(place) ? null : Dateline.Parse(place.Length > Article.DatelineMaxLength ? place[..Article.DatelineMaxLength] : place);
    }

    private static string? Creators(XElement? contentMeta)
    {
        if (contentMeta.Child("by").Text() is not null)
            return NitfReader.Byline(contentMeta.Child("by"));
        var names = contentMeta.Children("creator").Select(c => c.Child("name").Text() ?? c.Attr("literal")).OfType<string>().ToList();
        return names.Count == 0 ? null : string.Join(" and ", names);
    }

    private static IEnumerable<string> Subjects(XElement? contentMeta) =>
        contentMeta.Children("subject").Select(s => s.Child("name").Text())
            .Concat(contentMeta.Children("keyword").Select(k => k.Text()))
            .OfType<string>();
}
