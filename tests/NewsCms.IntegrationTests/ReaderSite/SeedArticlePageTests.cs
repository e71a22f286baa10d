using System.Net;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

[Collection(SharedApp.Name)]
public sealed class SeedArticlePageTests(NewsCmsApplication app) : AppTest(app)
{
    private static readonly string[] SeedLines = Samples.Seed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.ImportAsync(Samples.Seed);
    }

    [Fact]
    public async Task Seed_page_read_as_text_gives_back_the_seed_file()
    {
        var (status, html) = await App.GetAsync(Samples.SeedUrl);
        Assert.Equal(HttpStatusCode.OK, status);

        var article = (await Html.ParseAsync(html)).QuerySelector("main article")!;
        var lines = new List<string> { article.QuerySelector("h1")!.Text(), article.QuerySelector("header time")!.Text() };
        lines.AddRange(article.QuerySelectorAll(".story__body p").Select(p => p.Text()));
        lines.Add(article.QuerySelector("#comments-heading")!.Text());

        var expected = SeedLines.ToArray();
        expected[^1] = "Comments (0)"; // the counter shows the approved comments, none yet
        Assert.Equal(expected, lines);
    }

    [Fact]
    public async Task Headline_is_the_only_h1_and_the_date_is_machine_readable()
    {
        var document = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("North Korea Aids Russia in Ukraine War with Munitions Supply", h1.Text());
        var time = document.QuerySelector("article header time")!;
        Assert.StartsWith("2023-10-14T", time.GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.Equal("October 14, 2023", time.Text());
        Assert.Equal("North Korea Aids Russia in Ukraine War with Munitions Supply | The NewsCms Times", document.Title);
    }

    [Fact]
    public async Task Dateline_leads_the_first_paragraph()
    {
        var document = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        var first = document.QuerySelector(".story__body p")!;
        Assert.Equal("WASHINGTON \u2014", first.QuerySelector(".dateline")!.Text());
        Assert.StartsWith("WASHINGTON \u2014 In a recent announcement", first.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Front_page_leads_with_the_seed_and_links_to_it()
    {
        var (status, html) = await App.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);

        var link = (await Html.ParseAsync(html)).QuerySelector($"a[href='{Samples.SeedUrl}']");
        Assert.NotNull(link);
        Assert.Equal(SeedLines[0], link.Text());
    }

    [Fact]
    public async Task Article_page_has_a_canonical_link()
    {
        var document = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        Assert.Equal($"http://localhost{Samples.SeedUrl}", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/2023/10/14/no-such-story")]
    [InlineData("/2023/10/15/north-korea-aids-russia-in-ukraine-war-with-munitions-supply")]
    [InlineData("/2023/02/31/north-korea-aids-russia-in-ukraine-war-with-munitions-supply")]
    [InlineData("/no/such/page")]
    [InlineData("/nothing-here")]
    public async Task Unknown_urls_get_the_not_found_page(string url)
    {
        var (status, html) = await App.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
    }
}
