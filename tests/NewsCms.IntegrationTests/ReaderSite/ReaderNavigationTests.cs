using System.Globalization;
using System.Xml.Linq;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.ReaderSite;

/// <summary>What a reader expects to follow from a page: sections, tags, the footer, the time a story went out.</summary>
[Collection(SharedApp.Name)]
public sealed class ReaderNavigationTests(NewsCmsApplication app) : AppTest(app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Section_labels_link_to_their_section_on_the_story_and_on_cards()
    {
        var section = await App.AddSectionAsync("World", "world");
        var article = await App.PublishAsync("Ceasefire holds", new DateOnly(2024, 3, 1));
        await App.FileAsync(article, sectionId: section);

        var story = await Html.ParseAsync((await App.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug))).Html);
        Assert.Equal("/section/world", story.QuerySelector(".story__header .kicker a")!.GetAttribute("href"));
        var front = await Html.ParseAsync((await App.GetAsync("/")).Html);
        Assert.Equal("/section/world", front.QuerySelector(".kicker a")!.GetAttribute("href"));
        var search = await Html.ParseAsync((await App.GetAsync("/search?q=ceasefire")).Html);
        Assert.Equal("/section/world", search.QuerySelector(".search-result .kicker a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_story_shows_its_tags_linked_in_name_order()
    {
        var article = await App.PublishAsync("Budget passes", new DateOnly(2024, 3, 1));
        await App.FileAsync(article, tagId: await App.AddTagAsync("Taxes", "taxes"));
        await App.FileAsync(article, tagId: await App.AddTagAsync("Council", "council"));

        var page = await Html.ParseAsync((await App.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug))).Html);

        var links = page.QuerySelectorAll("nav[aria-label='Tags'] a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Council", "/tag/council"), ("Taxes", "/tag/taxes")], links);
    }

    [Fact]
    public async Task A_story_published_from_the_newsroom_shows_its_time_in_the_newsrooms_zone()
    {
        // The shared clock only moves forward: the next day at 19:05 UTC, an afternoon in New York (appsettings.json's zone).
        var now = App.Clock.GetUtcNow();
        var at = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddHours(19).AddMinutes(5), TimeSpan.Zero);
        App.Clock.SetUtcNow(at);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var article = await App.ArticleAsync(await editor.PublishedStoryAsync());

        var page = await Html.ParseAsync((await App.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug))).Html);

        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.EndsWith(":05 PM", page.QuerySelector(".story__header time")!.Text(), StringComparison.Ordinal);
        Assert.Equal(local.ToString("MMMM d, yyyy, h:mm tt", CultureInfo.InvariantCulture), page.QuerySelector(".story__header time")!.Text());
    }

    [Fact]
    public async Task Every_public_page_has_a_footer_with_about_corrections_and_the_feeds()
    {
        var page = await Html.ParseAsync((await App.GetAsync("/")).Html);

        var links = page.QuerySelectorAll(".site-footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/about", "/corrections", "/feed.xml", "/atom.xml"], links);
    }

    [Fact]
    public async Task About_page_shows_the_text_from_settings_paragraph_by_paragraph()
    {
        using var custom = App.WithWebHostBuilder(b => b.UseSetting("PublicSite:About", "First paragraph.\n\nSecond <b>paragraph</b>."));
        using var client = custom.CreateClient();

        var page = await Html.ParseAsync(await client.GetStringAsync("/about"));

        Assert.Equal(["First paragraph.", "Second <b>paragraph</b>."], page.QuerySelectorAll(".about > p").Take(2).Select(p => p.Text()).ToList());
        Assert.Null(page.QuerySelector(".about b"));
    }

    [Fact]
    public async Task Atom_feed_has_a_feed_author_so_entries_without_a_byline_are_valid()
    {
        await App.PublishAsync("A story with no staff byline", new DateOnly(2024, 3, 1));

        var feed = XDocument.Parse((await App.GetAsync("/atom.xml")).Html).Root!;

        Assert.Equal("The NewsCms Times", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public async Task Sitemap_gives_every_url_a_lastmod_and_lists_the_corrections_page()
    {
        var section = await App.AddSectionAsync("World", "world");
        await App.AddSectionAsync("Empty", "empty");
        var older = await App.PublishAsync("Older story", new DateOnly(2024, 3, 1));
        await App.FileAsync(older, sectionId: section);
        await App.PublishAsync("Newer story", new DateOnly(2024, 3, 5));

        var urls = XDocument.Parse((await App.GetAsync("/sitemap.xml")).Html).Root!.Elements(Sm + "url")
            .ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);

        Assert.Contains("http://localhost/corrections", urls.Keys);
        Assert.All(urls, u => Assert.False(string.IsNullOrEmpty(u.Value), $"{u.Key} has no lastmod"));
        Assert.Equal(urls["http://localhost" + ArticleUrl.For(older.PublishedOn!.Value, older.Slug)], urls["http://localhost/section/world"]);
        Assert.Equal(urls["http://localhost/"], urls["http://localhost/section/empty"]);
    }

    [Fact]
    public async Task The_two_search_forms_on_the_search_page_have_different_names()
    {
        var page = await Html.ParseAsync((await App.GetAsync("/search?q=anything")).Html);

        var names = page.QuerySelectorAll("[role=search]").Select(f => f.GetAttribute("aria-label")).ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, n => Assert.False(string.IsNullOrEmpty(n)));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [InlineData("/", "http://localhost/")]
    [InlineData("/?page=2", "http://localhost/?page=2")]
    [InlineData("/section/world", "http://localhost/section/world")]
    [InlineData("/tag/council", "http://localhost/tag/council")]
    [InlineData("/author/ada", "http://localhost/author/ada")]
    [InlineData("/search?q=budget", "http://localhost/search?q=budget")]
    public async Task List_pages_carry_a_canonical_link_a_description_and_open_graph(string path, string canonical)
    {
        var section = await App.AddSectionAsync("World", "world");
        var tag = await App.AddTagAsync("Council", "council");
        var author = await App.AddAuthorAsync("Ada Lovelace", "ada", null);
        for (var day = 1; day <= 25; day++)
            await App.FileAsync(await App.PublishAsync($"Budget story {day}", new DateOnly(2024, 3, day)), section, tag, author);

        var page = await Html.ParseAsync((await App.GetAsync(path)).Html);

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        foreach (var property in new[] { "og:title", "og:description", "og:url", "og:image", "og:site_name" })
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), property);
        Assert.Equal(canonical, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }
}
