using System.Globalization;
using System.Xml.Linq;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing.Agency;

/// <summary>
/// NITF 3.x: head/docdata (doc-id, du-key version, date.release as the embargo, management-status, ed-msg,
/// key-list), body.head (hedline hl1/hl2, byline, dateline, abstract) and body.content (paragraphs, block
/// quotes, lists). Also reads the NITF a NewsML-G2 item carries inline, whose headline may be the item's own.
/// </summary>
internal static class NitfReader
{
    public static AgencyItem? Read(XElement nitf, out WireCopyError? error, string? outerHeadline = null)
    {
        error = null;
        var head = nitf.Child("head");
        var body = nitf.Child("body");
        var bodyHead = body.Child("body.head");
        var hedline = bodyHead.Child("hedline");
        var headline = hedline.Child("hl1").Text() ?? head.Child("title").Text() ?? outerHeadline;
        if (headline is null)
        {
            error = new WireCopyError((hedline ?? bodyHead ?? body ?? nitf).Line(), "the <hedline> has no <hl1> headline");
            return null;
        }

        if (headline.Length > Article.HeadlineMaxLength)
        {
            error = new WireCopyError((hedline ?? nitf).Line(), $"the <hl1> headline is {headline.Length} characters; the limit is {Article.HeadlineMaxLength}");
            return null;
        }

        var content = body.Child("body.content");
        var blocks = content is null ? [] : WireBlocks.Read(content);
        if (blocks.Count == 0)
        {
            error = new WireCopyError((content ?? body ?? nitf).Line(), "the <body.content> has no paragraphs");
            return null;
        }

        var docdata = head.Child("docdata");
        var dateline = ReadDateline(bodyHead.Child("dateline"), blocks);
        return new AgencyItem(WireFormat.Nitf, headline, blocks)
        {
            AgencyId = docdata.Child("doc-id").Attr("id-string"),
            Version = int.TryParse(docdata.Child("du-key").Attr("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null,
            Source = docdata.Child("doc.copyright").Attr("holder") ?? docdata.Child("doc-id").Attr("regsrc"),
            Slugline = docdata.Child("du-key").Attr("key"),
            Subheadline = hedline.Child("hl2").Text(),
            Abstract = bodyHead.Child("abstract").Text(),
            Dateline = dateline,
            Byline = Byline(bodyHead.Child("byline")),
            Tags = docdata.Child("key-list").Children("keyword").Select(k => k.Attr("key")).OfType<string>().ToList(),
            EmbargoedUntil = WireXml.Instant(docdata.Child("date.release").Attr("norm")),
            Status = Status(docdata.Attr("management-status")),
            EditorialNote = docdata.Child("ed-msg").Attr("info") ?? docdata.Child("ed-msg").Text(),
            SentAt = WireXml.Instant(docdata.Child("date.issue").Attr("norm")),
            Pictures = Pictures(body),
        };
    }

    /// <summary>
    /// The body's image media: of several media-references (sizes of one picture) the widest, with the
    /// agency's caption (media-caption), credit (media-producer) and alternate-text.
    /// </summary>
    private static List<AgencyPicture> Pictures(XElement? body) =>
        (body?.Descendants() ?? []).Where(e => e.Name.LocalName == "media" && e.Attr("media-type") is null or "image" or "photo" or "graphic")
            .Select(media => media.Children("media-reference").WidestPicture(r => r.Attr("source") ?? r.Attr("name")) is var (reference, written, name)
                ? new AgencyPicture(name, media.Child("media-caption").Text(), media.Child("media-producer").Text(), reference.Attr("alternate-text")) { Reference = written }
                : null)
            .OfType<AgencyPicture>()
            .ToList();

    /// <summary>NITF's byline holds the name and, in byttl, the title: "By Jane Doe, AP Writer" becomes "Jane Doe, AP Writer".</summary>
    public static string? Byline(XElement? byline)
    {
        var text = byline.Text();
        if (text is null)
            return null;
        var name = text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? text[3..].Trim() : text;
        return name.Length > Article.BylineMaxLength ? name[..Article.BylineMaxLength] : name;
    }

    public static AgencyStatus Status(string? code) => code?.ToLowerInvariant() switch
    {
        "canceled" or "cancelled" => AgencyStatus.Canceled,
        "withheld" => AgencyStatus.Withheld,
        _ => AgencyStatus.Usable,
    };

    // The dateline element when there is one (its story.date left out), otherwise the first paragraph's own;
    // a dateline opening the first paragraph is taken off it either way, so the page does not print it twice.
    private static Dateline? ReadDateline(XElement? element, List<WireBlock> blocks)
    {
        var fromText = TakeDateline(blocks);
        if (element is not null)
        {
            var copy = new XElement(element);
            copy.Elements().Where(e => e.Name.LocalName == "story.date").Remove();
            var text = copy.Text()?.TrimEnd('-', '\u2014', '\u2013', ' ', ',');
            if (!string.IsNullOrEmpty(text))
                return Articles.Dateline.Parse(text.Length > Article.DatelineMaxLength ? text[..Article.DatelineMaxLength] : text);
        }

        return fromText;
    }

    /// <summary>A first paragraph opening "WASHINGTON (AP) — " gives the dateline and keeps the rest.</summary>
    public static Dateline? TakeDateline(List<WireBlock> blocks)
    {
        if (blocks.Count == 0 || blocks[0].Kind != WireBlockKind.Paragraph)
            return null;
        if (!WireDatelineReader.TrySplit(blocks[0].Text, out var dateline, out var rest) || rest.Length == 0)
            return null;
        blocks[0] = blocks[0] with { Text = rest };
        return dateline;
    }
}
