using System.Globalization;
using System.Xml.Linq;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>The lead image in RSS (Media RSS), Atom (an enclosure link), the sitemap (Google's image extension) and search results' cards.</summary>
[Collection(SharedApp.Name)]
public sealed class FeedPictureTests(NewsCmsApplication app) : IAsyncLifetime
{
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Image = "http://www.google.com/schemas/sitemap-image/1.1";
    private HttpClient _editor = null!;
    private PictureRef _picture = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _editor = await app.SignedInClientAsync(Roles.Editor);
        _picture = await _editor.DescribedFloodAsync(app);
        var story = ArticleEditing.Story("Council approves the riverside park", "The council voted.\n\n![x](media:" + _picture.Id.ToString(CultureInfo.InvariantCulture) + ")");
        story["LeadImageId"] = _picture.Id.ToString(CultureInfo.InvariantCulture);
        await _editor.PublishedStoryAsync(story);
        await _editor.PublishedStoryAsync(ArticleEditing.Story("Budget passes"));
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Rss_carries_the_lead_image_as_media_content_with_its_size_and_credit()
    {
        var rss = XDocument.Parse(await app.CreatePlainClient().GetStringAsync("/feed.xml"));

        var items = rss.Root!.Element("channel")!.Elements("item").ToDictionary(i => i.Element("title")!.Value);
        var content = items["Council approves the riverside park"].Elements(Media + "content").Single();
        Assert.Equal(($"http://localhost{Share()}", "image", "image/jpeg", "1280", "720"),
            (content.Attribute("url")!.Value, content.Attribute("medium")!.Value, content.Attribute("type")!.Value, content.Attribute("width")!.Value, content.Attribute("height")!.Value));
        Assert.Equal(("Jane Doe", MediaKit.FloodAlt), (content.Element(Media + "credit")!.Value, content.Element(Media + "description")!.Value));
        Assert.Empty(items["Budget passes"].Elements(Media + "content"));
    }

    [Fact]
    public async Task Feeds_give_body_pictures_whole_addresses()
    {
        var rss = XDocument.Parse(await app.CreatePlainClient().GetStringAsync("/feed.xml"));

        var html = rss.Root!.Element("channel")!.Elements("item").Single(i => i.Element("title")!.Value == "Council approves the riverside park").Element("description")!.Value;
        Assert.Contains($"src=\"http://localhost/media/{_picture.Id}/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/media/", html, StringComparison.Ordinal);
        Assert.DoesNotContain(", /media/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_carries_the_lead_image_as_an_enclosure_link()
    {
        var atom = XDocument.Parse(await app.CreatePlainClient().GetStringAsync("/atom.xml"));

        var entries = atom.Root!.Elements(Atom + "entry").ToDictionary(e => e.Element(Atom + "title")!.Value);
        var enclosure = entries["Council approves the riverside park"].Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "enclosure");
        Assert.Equal(($"http://localhost{Share()}", "image/jpeg"), (enclosure.Attribute("href")!.Value, enclosure.Attribute("type")!.Value));
        Assert.DoesNotContain(entries["Budget passes"].Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "enclosure");
    }

    [Fact]
    public async Task The_sitemap_lists_each_story_s_pictures_as_image_entries()
    {
        var urlset = XDocument.Parse(await app.CreatePlainClient().GetStringAsync("/sitemap.xml")).Root!;

        var urls = urlset.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value);
        var story = urls.Single(u => u.Key.EndsWith("/council-approves-the-riverside-park", StringComparison.Ordinal)).Value;
        Assert.Equal([$"http://localhost/media/{_picture.Id}/{_picture.Fingerprint}/original-1600.jpg"],
            story.Elements(Image + "image").Select(i => i.Element(Image + "loc")!.Value));
        Assert.Empty(urls.Single(u => u.Key.EndsWith("/budget-passes", StringComparison.Ordinal)).Value.Elements(Image + "image"));
        Assert.Empty(urls["http://localhost/"].Elements(Image + "image"));
    }

    [Fact]
    public async Task Search_results_show_the_lead_image_as_a_cropped_card_and_a_story_without_one_stays_plain()
    {
        var page = await app.CreatePlainClient().PageAsync("/search?q=council+OR+budget");

        var cards = page.QuerySelectorAll(".search-result article.card").ToDictionary(c => c.QuerySelector(".card__headline")!.Text().Trim());
        var img = cards["Council approves the riverside park"].QuerySelector("picture img")!;
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Contains($"/media/{_picture.Id}/{_picture.Fingerprint}/16x9-640.jpg 640w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Null(cards["Budget passes"].QuerySelector("picture"));
    }

    private string Share() => $"/media/{_picture.Id}/{_picture.Fingerprint}/16x9-1280.jpg";
}
