using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace NewsCms.Web.ReaderSite;

/// <summary>A story as feeds carry it: the full, already sanitised body HTML.</summary>
public sealed record FeedItem(
    string Headline, DateOnly PublishedOn, string Slug, string? Standfirst, string BodyHtml,
    DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt, string? Byline, IReadOnlyList<string> Authors, string? SectionName);

/// <summary>The channel: its title, where it lives on the site and where the feed itself is.</summary>
public sealed record FeedChannel(string Title, string Description, string SiteUrl, string FeedUrl, string Language, string LogoUrl);

/// <summary>
/// RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication's formatters, so the XML is always well
/// formed and escaped. RSS carries the full story in &lt;description&gt; (the usual place readers look);
/// Atom carries it in &lt;content type="html"&gt; with the standfirst as the summary.
/// </summary>
public static class FeedWriter
{
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
        feed.Links.Add(new SyndicationLink(new Uri(channel.FeedUrl)) { RelationshipType = "self", MediaType = atom ? "application/atom+xml" : "application/rss+xml" });
        return feed;
    }

    private static SyndicationItem ToItem(FeedItem story, string baseUrl, bool atom)
    {
        var url = baseUrl + ArticleUrl.For(story.PublishedOn, story.Slug);
        var item = new SyndicationItem { Id = url, Title = new TextSyndicationContent(story.Headline), PublishDate = story.PublishedAt, LastUpdatedTime = story.UpdatedAt };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        if (atom)
        {
            item.Content = SyndicationContent.CreateHtmlContent(story.BodyHtml);
            if (!string.IsNullOrWhiteSpace(story.Standfirst))
                item.Summary = new TextSyndicationContent(story.Standfirst);
        }
        else
        {
            item.Summary = new TextSyndicationContent(story.BodyHtml, TextSyndicationContentKind.Html);
        }

        var names = story.Authors.Count > 0 ? story.Authors : string.IsNullOrWhiteSpace(story.Byline) ? [] : [story.Byline];
        foreach (var name in names)
            item.Authors.Add(new SyndicationPerson { Name = name });
        if (story.SectionName is not null)
            item.Categories.Add(new SyndicationCategory(story.SectionName));
        return item;
    }

    private static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
            formatter.WriteTo(writer);
        return stream.ToArray();
    }
}
