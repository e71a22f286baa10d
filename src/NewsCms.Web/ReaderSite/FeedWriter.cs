using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NewsCms.Web.ReaderSite;

/// <summary>A story as feeds carry it: the full, already sanitised body HTML.</summary>
public sealed record FeedItem(
    string Headline, DateOnly PublishedOn, string Slug, string? Standfirst, string BodyHtml,
    DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt, string? Byline, IReadOnlyList<string> Authors, string? SectionName)
{
    /// <summary>The lead image as feeds carry it (the share-card JPEG), if the story has one.</summary>
    public FeedPicture? Picture { get; init; }
}

/// <summary>A site-relative JPEG URL with its size, and the words that go with it.</summary>
public sealed record FeedPicture(string Url, int Width, int Height, string? Alt, string? Credit);

/// <summary>The channel: its title, where it lives on the site and where the feed itself is.</summary>
public sealed record FeedChannel(string Title, string Description, string SiteUrl, string FeedUrl, string Language, string LogoUrl)
{
    /// <summary>The publication: Atom's feed-level author, which makes entries without a staff byline valid (RFC 4287 4.1.1).</summary>
    public string Publisher { get; init; } = Title;
}

/// <summary>
/// RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication's formatters, so the XML is always well
/// formed and escaped. RSS carries the full story in &lt;description&gt; (the usual place readers look);
/// Atom carries it in &lt;content type="html"&gt; with the standfirst as the summary. A lead image travels as
/// Media RSS &lt;media:content&gt; (with &lt;media:credit&gt;) in RSS and as &lt;link rel="enclosure"&gt; in Atom;
/// the body's picture addresses are made absolute, since a feed reader has no page to resolve them against.
/// </summary>
public static class FeedWriter
{
    public const string MediaNamespace = "http://search.yahoo.com/mrss/";

    public static byte[] Rss(FeedChannel channel, IReadOnlyList<FeedItem> items, string baseUrl) =>
        Write(new Rss20FeedFormatter(Build(channel, items, baseUrl, atom: false), serializeExtensionsAsAtom: false));

    public static byte[] Atom(FeedChannel channel, IReadOnlyList<FeedItem> items, string baseUrl) =>
        Write(new Atom10FeedFormatter(Build(channel, items, baseUrl, atom: true)));

    private static SyndicationFeed Build(FeedChannel channel, IReadOnlyList<FeedItem> items, string baseUrl, bool atom)
    {
        var feed = new SyndicationFeed(channel.Title, channel.Description, new Uri(channel.SiteUrl), channel.FeedUrl,
            items.Count > 0 ? items.Max(i => i.UpdatedAt) : DateTimeOffset.UnixEpoch)
        {
            Language = channel.Language,
            ImageUrl = new Uri(channel.LogoUrl),
            Items = items.Select(i => ToItem(i, baseUrl, atom)).ToList(),
        };
        if (!atom)
            feed.AttributeExtensions.Add(new XmlQualifiedName("media", "http://www.w3.org/2000/xmlns/"), MediaNamespace);
        feed.Links.Add(new SyndicationLink(new Uri(channel.FeedUrl)) { RelationshipType = "self", MediaType = atom ? "application/atom+xml" : "application/rss+xml" });

        // RSS's channel author (managingEditor) must be an email address; Atom's is a name.
        if (atom)
            feed.Authors.Add(new SyndicationPerson { Name = channel.Publisher });
        return feed;
    }

    private static SyndicationItem ToItem(FeedItem story, string baseUrl, bool atom)
    {
        var url = baseUrl + ArticleUrl.For(story.PublishedOn, story.Slug);
        var item = new SyndicationItem { Id = url, Title = new TextSyndicationContent(story.Headline), PublishDate = story.PublishedAt, LastUpdatedTime = story.UpdatedAt };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        var body = AbsoluteMedia(story.BodyHtml, baseUrl);
        if (story.Picture is { } picture)
            AddPicture(item, picture, baseUrl, atom);
        if (atom)
        {
            item.Content = SyndicationContent.CreateHtmlContent(body);
            if (!string.IsNullOrWhiteSpace(story.Standfirst))
                item.Summary = new TextSyndicationContent(story.Standfirst);
        }
        else
        {
            item.Summary = new TextSyndicationContent(body, TextSyndicationContentKind.Html);
        }

        var names = story.Authors.Count > 0 ? story.Authors : string.IsNullOrWhiteSpace(story.Byline) ? [] : [story.Byline];
        foreach (var name in names)
            item.Authors.Add(new SyndicationPerson { Name = name });
        if (story.SectionName is not null)
            item.Categories.Add(new SyndicationCategory(story.SectionName));
        return item;
    }

    private static void AddPicture(SyndicationItem item, FeedPicture picture, string baseUrl, bool atom)
    {
        var url = new Uri(baseUrl + picture.Url);
        if (atom)
        {
            // The length is unknown until the rendition is made (on first request); Atom makes it advisory.
            item.Links.Add(new SyndicationLink(url, "enclosure", picture.Alt, "image/jpeg", 0));
            return;
        }

        XNamespace media = MediaNamespace;
        var content = new XElement(media + "content",
            new XAttribute("url", url.AbsoluteUri), new XAttribute("medium", "image"), new XAttribute("type", "image/jpeg"),
            new XAttribute("width", picture.Width), new XAttribute("height", picture.Height));
        if (!string.IsNullOrWhiteSpace(picture.Alt))
            content.Add(new XElement(media + "description", new XAttribute("type", "plain"), picture.Alt));
        if (!string.IsNullOrWhiteSpace(picture.Credit))
            content.Add(new XElement(media + "credit", picture.Credit));
        item.ElementExtensions.Add(content);
    }

    /// <summary>Body pictures are stored with site-relative addresses (src and every srcset candidate); a feed needs them whole.</summary>
    public static string AbsoluteMedia(string html, string baseUrl) =>
        html.Replace("\"/media/", "\"" + baseUrl + "/media/", StringComparison.Ordinal)
            .Replace(", /media/", ", " + baseUrl + "/media/", StringComparison.Ordinal);

    private static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
            formatter.WriteTo(writer);
        return stream.ToArray();
    }
}
