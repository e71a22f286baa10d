using System.Net;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

[Collection(SharedApp.Name)]
public sealed class ListingTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Section_listing_is_newest_first_and_paged_with_rel_prev_and_next()
    {
        var section = await App.AddSectionAsync("World", "world");
        for (var day = 1; day <= 41; day++)
            await App.FileAsync(await App.PublishAsync($"World story {day}", new DateOnly(2024, 1, 1).AddDays(day)), sectionId: section);
        await App.PublishAsync("Story in no section", new DateOnly(2024, 3, 1));

        var first = await Html.ParseAsync((await App.GetAsync("/section/world")).Html);
        Assert.Equal("World", first.QuerySelector("h1")!.Text());
        var headlines = first.QuerySelectorAll(".card h3").Select(h => h.Text()).ToList();
        Assert.Equal(Enumerable.Range(22, 20).Reverse().Select(n => $"World story {n}"), headlines);
        Assert.Equal("/section/world?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/section/world?page=2", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Null(first.QuerySelector("link[rel=prev]"));

        var second = await Html.ParseAsync((await App.GetAsync("/section/world?page=2")).Html);
        Assert.Equal("World story 21", second.QuerySelector(".card h3")!.Text());
        Assert.Equal("/section/world", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/section/world?page=3", second.QuerySelector("link[rel=next]")!.GetAttribute("href"));

        var last = await Html.ParseAsync((await App.GetAsync("/section/world?page=3")).Html);
        Assert.Equal(["World story 1"], last.QuerySelectorAll(".card h3").Select(h => h.Text()));
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Null(last.QuerySelector("link[rel=next]"));

        Assert.Equal(HttpStatusCode.NotFound, (await App.GetAsync("/section/world?page=4")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await App.GetAsync("/section/world?page=0")).Status);
    }

    [Theory]
    [InlineData("/section/nowhere")]
    [InlineData("/tag/nothing")]
    [InlineData("/author/nobody")]
    public async Task Unknown_listing_is_not_found(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await App.GetAsync(url)).Status);

    [Fact]
    public async Task Empty_listing_is_a_friendly_page()
    {
        await App.AddSectionAsync("Science", "science");

        var (status, html) = await App.GetAsync("/section/science");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("There are no stories here yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tag_listing_shows_only_its_stories()
    {
        var tag = await App.AddTagAsync("Elections", "elections");
        await App.FileAsync(await App.PublishAsync("Tagged story", new DateOnly(2024, 2, 1)), tagId: tag);
        await App.PublishAsync("Untagged story", new DateOnly(2024, 2, 2));

        var page = await Html.ParseAsync((await App.GetAsync("/tag/elections")).Html);

        Assert.Equal("Elections", page.QuerySelector("h1")!.Text());
        Assert.Equal(["Tagged story"], page.QuerySelectorAll(".card h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task Author_listing_shows_the_name_the_bio_and_their_stories()
    {
        var author = await App.AddAuthorAsync("Ann Lee", "ann-lee", "Ann covers the courts.");
        await App.FileAsync(await App.PublishAsync("Court rules on appeal", new DateOnly(2024, 2, 1)), authorId: author);
        await App.PublishAsync("Someone else's story", new DateOnly(2024, 2, 2));

        var page = await Html.ParseAsync((await App.GetAsync("/author/ann-lee")).Html);

        Assert.Equal("Ann Lee", page.QuerySelector("h1")!.Text());
        Assert.Equal("Ann covers the courts.", page.QuerySelector(".listing__bio")!.Text());
        Assert.Equal(["Court rules on appeal"], page.QuerySelectorAll(".card h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task Sections_appear_in_the_site_header()
    {
        await App.AddSectionAsync("Business", "business");

        var page = await Html.ParseAsync((await App.GetAsync("/")).Html);

        var nav = page.QuerySelector("header nav[aria-label=Sections]")!;
        Assert.Equal("/section/business", nav.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Business", nav.QuerySelector("a")!.Text());
    }

    [Fact]
    public async Task Unpublished_story_leaves_its_listings()
    {
        var section = await App.AddSectionAsync("World", "world");
        var article = await App.PublishAsync("Withdrawn world story", new DateOnly(2024, 2, 1));
        await App.FileAsync(article, sectionId: section);
        await App.UnpublishAsync(article);

        Assert.DoesNotContain("Withdrawn world story", (await App.GetAsync("/section/world")).Html, StringComparison.Ordinal);
    }
}
