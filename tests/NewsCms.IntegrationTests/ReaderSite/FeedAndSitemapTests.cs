using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Newsroom;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;

namespace NewsCms.IntegrationTests.ReaderSite;

[Collection(SharedApp.Name)]
public sealed class FeedAndSitemapTests(NewsCmsApplication app) : IAsyncLifetime
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private static readonly string[] ChannelElements = ["title", "link", "description"];
    private static readonly string[] ItemElements = ["title", "link", "description", "guid", "pubDate"];

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/atom.xml")]
    public async Task Feeds_carry_the_latest_published_stories_in_full(string url)
    {
        await app.PublishAsync("Older story", new DateOnly(2024, 3, 1), "The older body.");
        await app.PublishAsync("Newer story", new DateOnly(2024, 3, 2), "The newer body & more.");
        await app.UnpublishAsync(await app.PublishAsync("Withdrawn story", new DateOnly(2024, 3, 3)));

        var feed = await LoadFeedAsync(url);

        Assert.Equal(["Newer story", "Older story"], feed.Items.Select(i => i.Title.Text));
        var newest = feed.Items.First();
        Assert.Equal("http://localhost/2024/03/02/newer-story", newest.Links.Single().Uri.ToString());
        var html = newest.Content is TextSyndicationContent content ? content.Text : newest.Summary.Text;
        Assert.Contains("The newer body &amp; more.", html, StringComparison.Ordinal);
        Assert.NotEqual(default, newest.PublishDate);
    }

    [Fact]
    public async Task Rss_has_the_elements_rss_2_requires()
    {
        await app.PublishAsync("A story", new DateOnly(2024, 3, 1));

        var rss = XDocument.Parse((await app.GetAsync("/feed.xml")).Html).Root!;

        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")!.Value);
        var channel = rss.Element("channel")!;
        Assert.All(ChannelElements, name => Assert.False(string.IsNullOrEmpty(channel.Element(name)?.Value)));
        var item = channel.Element("item")!;
        Assert.All(ItemElements, name => Assert.NotNull(item.Element(name)));
    }

    [Fact]
    public async Task Section_feeds_carry_only_their_section()
    {
        var section = await app.AddSectionAsync("Sport", "sport");
        await app.FileAsync(await app.PublishAsync("Cup final tonight", new DateOnly(2024, 3, 1)), sectionId: section);
        await app.PublishAsync("Budget news", new DateOnly(2024, 3, 2));

        Assert.Equal(["Cup final tonight"], (await LoadFeedAsync("/section/sport/feed.xml")).Items.Select(i => i.Title.Text));
        Assert.Equal(["Cup final tonight"], (await LoadFeedAsync("/section/sport/atom.xml")).Items.Select(i => i.Title.Text));
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync("/section/nowhere/feed.xml")).Status);
    }

    [Fact]
    public async Task Sitemap_lists_exactly_the_published_stories_and_the_listings()
    {
        await app.AddSectionAsync("World", "world");
        await app.PublishAsync("First story", new DateOnly(2024, 3, 1));
        await app.PublishAsync("Second story", new DateOnly(2024, 3, 2));
        await app.UnpublishAsync(await app.PublishAsync("Withdrawn story", new DateOnly(2024, 3, 3)));

        var urlset = XDocument.Parse((await app.GetAsync("/sitemap.xml")).Html).Root!;

        Assert.Equal(Sm + "urlset", urlset.Name);
        var urls = urlset.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);
        var stories = urls.Keys.Where(u => u.StartsWith("http://localhost/2024/", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(["http://localhost/2024/03/01/first-story", "http://localhost/2024/03/02/second-story"], stories);
        Assert.All(stories, s => Assert.NotNull(urls[s]));
        Assert.Contains("http://localhost/", urls.Keys);
        Assert.Contains("http://localhost/section/world", urls.Keys);
    }

    [Fact]
    public async Task Large_sitemap_becomes_an_index_of_pages()
    {
        for (var day = 1; day <= 5; day++)
            await app.PublishAsync($"Story {day}", new DateOnly(2024, 3, day));
        using var small = app.WithWebHostBuilder(b => b.UseSetting("PublicSite:SitemapUrlsPerFile", "4"));
        using var client = small.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;

        Assert.Equal(Sm + "sitemapindex", index.Name);
        var pages = index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Equal(["http://localhost/sitemap-1.xml", "http://localhost/sitemap-2.xml"], pages);
        var listed = new List<string>();
        foreach (var page in pages)
            listed.AddRange(XDocument.Parse(await client.GetStringAsync(page)).Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value));
        Assert.Equal(6, listed.Distinct().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-3.xml")).StatusCode);
    }

    [Fact]
    public async Task News_sitemap_lists_the_last_two_days_in_google_news_format()
    {
        // Other tests move the shared clock: dates are relative to it.
        var today = app.Services.GetRequiredService<NewsroomOptions>().DayOf(app.Clock.GetUtcNow());
        await app.PublishAsync("Fresh story", today);
        await app.PublishAsync("Old story", today.AddDays(-6));

        var urlset = XDocument.Parse((await app.GetAsync("/news-sitemap.xml")).Html).Root!;

        var url = Assert.Single(urlset.Elements(Sm + "url"));
        Assert.Equal("http://localhost" + ArticleUrl.For(today, "fresh-story"), url.Element(Sm + "loc")!.Value);
        var news = url.Element(News + "news")!;
        Assert.False(string.IsNullOrEmpty(news.Element(News + "publication")!.Element(News + "name")!.Value));
        Assert.Equal("en", news.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.True(DateTimeOffset.TryParse(news.Element(News + "publication_date")!.Value, out _));
        Assert.Equal("Fresh story", news.Element(News + "title")!.Value);
    }

    [Fact]
    public async Task Absolute_urls_come_from_the_site_url_setting()
    {
        await app.PublishAsync("A story", new DateOnly(2024, 3, 1));
        using var configured = app.WithWebHostBuilder(b => b.UseSetting("PublicSite:SiteUrl", "https://news.example/"));
        using var client = configured.CreateClient();

        Assert.Contains("<loc>https://news.example/2024/03/01/a-story</loc>", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://news.example/sitemap.xml", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
        var page = await Html.ParseAsync(await client.GetStringAsync("/2024/03/01/a-story"));
        Assert.Equal("https://news.example/2024/03/01/a-story", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemaps()
    {
        var (status, text) = await app.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/news-sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublished_story_leaves_feeds_and_sitemaps_at_once()
    {
        var today = app.Services.GetRequiredService<NewsroomOptions>().DayOf(app.Clock.GetUtcNow());
        var article = await app.PublishAsync("Soon withdrawn", today);
        Assert.Contains("soon-withdrawn", (await app.GetAsync("/sitemap.xml")).Html, StringComparison.Ordinal);

        await app.UnpublishAsync(article);

        foreach (var url in new[] { "/feed.xml", "/atom.xml", "/sitemap.xml", "/news-sitemap.xml" })
            Assert.DoesNotContain("soon-withdrawn", (await app.GetAsync(url)).Html, StringComparison.Ordinal);
    }

    private async Task<SyndicationFeed> LoadFeedAsync(string url)
    {
        var (status, xml) = await app.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }
}
