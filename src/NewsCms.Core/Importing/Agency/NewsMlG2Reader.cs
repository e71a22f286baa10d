using System.Globalization;
using System.Xml.Linq;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing.Agency;

/// <summary>
/// NewsML-G2: a newsItem, or a newsMessage whose itemSet carries several. Text items (itemClass ninat:text,
/// or none given) become stories; the body is the inline NITF or XHTML of the contentSet, or its inline plain
/// text. Picture items (ninat:picture, ninat:graphic) travel with the text item that links to them
/// (itemMeta/link residref = the picture's guid), or, when no text item links any, with the only text item of
/// the message; a picture no text item takes stands alone (it goes into the media library only). Other items
/// are passed over.
/// </summary>
internal static class NewsMlG2Reader
{
    public static List<AgencyItem>? Read(XElement root, out WireCopyError? error, out List<AgencyPicture> alone)
    {
        error = null;
        alone = [];
        var newsItems = root.Name.LocalName == "newsMessage"
            ? root.Child("itemSet").Children("newsItem").ToList()
            : [root];
        var pictures = newsItems.Where(IsPicture)
            .Select(p => (Guid: p.Attr("guid"), Picture: Picture(p)))
            .Where(p => p.Picture is not null)
            .ToList();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var read = new List<AgencyItem>();
        foreach (var newsItem in newsItems.Where(IsText))
        {
            var item = ReadItem(newsItem, out error);
            if (item is null)
                return null;
            var links = newsItem.Child("itemMeta").Children("link").Select(l => l.Attr("residref")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var its = pictures.Where(p => p.Guid is not null && links.Contains(p.Guid)).ToList();
            linked.UnionWith(its.Select(p => p.Guid!));
            read.Add(item with { Pictures = [.. item.Pictures, .. its.Select(p => p.Picture!)] });
        }

        var unlinked = pictures.Where(p => p.Guid is null || !linked.Contains(p.Guid)).Select(p => p.Picture!).ToList();
        if (read.Count == 1 && linked.Count == 0)
            read[0] = read[0] with { Pictures = [.. read[0].Pictures, .. unlinked] };
        else
            alone = unlinked;

        if (read.Count == 0 && alone.Count == 0)
            error = new WireCopyError(root.Line(), $"the <{root.Name.LocalName}> carries no text item and no picture with a file to take");
        return error is null ? read : null;
    }

    private static string? ItemClass(XElement newsItem) => newsItem.Child("itemMeta").Child("itemClass").Attr("qcode");

    private static bool IsText(XElement newsItem) =>
        ItemClass(newsItem) is not { } qcode || qcode.EndsWith(":text", StringComparison.OrdinalIgnoreCase);

    private static bool IsPicture(XElement newsItem) =>
        ItemClass(newsItem) is { } qcode && (qcode.EndsWith(":picture", StringComparison.OrdinalIgnoreCase) || qcode.EndsWith(":graphic", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A picture item's file (of several remoteContent renditions the widest), caption (the description whose
    /// role is a caption, else the first, else the headline), credit (creditline, else the creators) and alt
    /// text (a description whose role names alternative text).
    /// </summary>
    private static AgencyPicture? Picture(XElement newsItem)
    {
        var contentMeta = newsItem.Child("contentMeta");
        if (newsItem.Child("contentSet").Children("remoteContent").WidestPicture(r => r.Attr("href")) is not var (_, href, name))
            return null;
        var descriptions = contentMeta.Children("description").ToList();
        string? Described(string role) => descriptions.FirstOrDefault(d => d.Attr("role")?.Contains(role, StringComparison.OrdinalIgnoreCase) == true).Text();
        var alt = Described("alternativeText") ?? Described("altText");
        var caption = Described("caption") ?? descriptions.FirstOrDefault(d => d.Text() != alt).Text() ?? contentMeta.Child("headline").Text();
        return new AgencyPicture(name, caption, contentMeta.Child("creditline").Text() ?? Creators(contentMeta), alt) { Reference = href };
    }

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
