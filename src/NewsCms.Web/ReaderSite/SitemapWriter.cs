using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsCms.Web.ReaderSite;

public sealed record SitemapUrl(string Location, DateTimeOffset? LastModified)
{
    /// <summary>The story's pictures (absolute URLs), listed as Google's image sitemap extension asks.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];
}

public sealed record NewsSitemapUrl(string Location, string Title, DateTimeOffset PublishedAt);

/// <summary>sitemaps.org urlset and sitemapindex, and Google News sitemaps, written with XmlWriter (escaping included).</summary>
public static class SitemapWriter
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    public const string ImageNamespace = "http://www.google.com/schemas/sitemap-image/1.1";

    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "image", null, ImageNamespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, url.Location);
            if (url.LastModified is { } lastModified)
                writer.WriteElementString("lastmod", SitemapNamespace, W3cDate(lastModified));
            foreach (var image in url.Images)
            {
                writer.WriteStartElement("image", "image", ImageNamespace);
                writer.WriteElementString("image", "loc", ImageNamespace, image);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    public static byte[] Index(IEnumerable<string> sitemaps, DateTimeOffset? lastModified) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", SitemapNamespace);
        foreach (var location in sitemaps)
        {
            writer.WriteStartElement("sitemap", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, location);
            if (lastModified is { } at)
                writer.WriteElementString("lastmod", SitemapNamespace, W3cDate(at));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    public static byte[] News(IEnumerable<NewsSitemapUrl> urls, string publicationName, string language) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        writer.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, url.Location);
            writer.WriteStartElement("news", "news", NewsNamespace);
            writer.WriteStartElement("news", "publication", NewsNamespace);
            writer.WriteElementString("news", "name", NewsNamespace, publicationName);
            writer.WriteElementString("news", "language", NewsNamespace, language);
            writer.WriteEndElement();
            writer.WriteElementString("news", "publication_date", NewsNamespace, W3cDate(url.PublishedAt));
            writer.WriteElementString("news", "title", NewsNamespace, url.Title);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>W3C datetime in UTC, e.g. 2024-03-01T14:05:00Z.</summary>
    public static string W3cDate(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
