using System.Globalization;
using System.Net;
using System.Text.Json;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

[Collection(SharedApp.Name)]
public sealed class LeadImageTests(NewsCmsApplication app) : IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _editor = await app.SignedInClientAsync(Roles.Editor);
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_lead_image_without_alt_text_cannot_be_published()
    {
        var picture = await _editor.UploadOneAsync(app, "flood.jpg", TestPictures.Jpeg(1600, 1000));
        var id = await _editor.NewDraftAsync(StoryWith(picture));

        using var refused = await _editor.PressAsync(ArticleEditing.EditUrl(id), "Publish", StoryWith(picture));

        Assert.Equal(LeadImageRules.NoAltText, (await refused.DocumentAsync()).ReasonBeside("LeadImageId"));
        Assert.Equal(Core.Articles.ArticleStatus.Draft, (await app.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task The_article_page_leads_with_the_picture_its_caption_credit_and_share_card()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        var id = await _editor.PublishedStoryAsync(StoryWith(picture));
        var url = await app.PublicUrlAsync(id);

        var page = await (await app.CreatePlainClient().GetAsync(url)).DocumentAsync();

        var img = page.QuerySelector("article figure picture img")!;
        Assert.Equal(("Water up to the doors of the market hall", "high", "960", "600"),
            (img.GetAttribute("alt"), img.GetAttribute("fetchpriority"), img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Contains($"/media/{picture.Id}/{picture.Fingerprint}/original-1600.jpg 1600w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains("original-320.webp 320w", page.QuerySelector("article figure source[type='image/webp']")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("The market hall on Tuesday morning. Jane Doe", page.QuerySelector("article figure figcaption")!.Text());

        string Meta(string property) => page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")!.GetAttribute("content")!;
        Assert.EndsWith($"/media/{picture.Id}/{picture.Fingerprint}/16x9-1280.jpg", Meta("og:image"), StringComparison.Ordinal);
        Assert.Equal(("1280", "720", "Water up to the doors of the market hall", "summary_large_image"),
            (Meta("og:image:width"), Meta("og:image:height"), Meta("og:image:alt"), Meta("twitter:card")));

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var images = json.RootElement.GetProperty("image").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Collection(images,
            i => Assert.EndsWith("/16x9-1600.jpg", i, StringComparison.Ordinal),
            i => Assert.EndsWith("/4x3-1333.jpg", i, StringComparison.Ordinal),
            i => Assert.EndsWith("/1x1-1000.jpg", i, StringComparison.Ordinal));
        foreach (var image in images)
            Assert.Equal(HttpStatusCode.OK, (await app.CreatePlainClient().GetAsync(new Uri(image).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Cards_carry_the_cropped_picture_loaded_lazily_and_a_story_without_one_stays_plain()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        await _editor.PublishedStoryAsync(StoryWith(picture));
        await _editor.PublishedStoryAsync(ArticleEditing.Story("Budget passes"));
        await _editor.PublishedStoryAsync(StoryWith(picture, "Rain to ease by Friday"));

        var front = await app.CreatePlainClient().PageAsync("/");

        var lead = front.QuerySelector("section.lead picture img")!;
        Assert.Equal(("high", "/16x9-960.jpg"), (lead.GetAttribute("fetchpriority"), lead.GetAttribute("src")![^13..]));
        var img = front.QuerySelectorAll("article.card img").Single();
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Contains("/16x9-640.jpg 640w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        var plain = front.QuerySelectorAll("article.card").Single(c => c.TextContent.Contains("Budget passes", StringComparison.Ordinal));
        Assert.Null(plain.QuerySelector("picture"));
    }

    [Fact]
    public async Task A_story_without_a_picture_shares_the_logo_as_a_small_card()
    {
        var id = await _editor.PublishedStoryAsync();

        var page = await app.CreatePlainClient().PageAsync(await app.PublicUrlAsync(id));

        Assert.Null(page.QuerySelector("article figure"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.EndsWith("/img/logo.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_a_story_uses_is_not_deleted_and_the_library_names_the_story()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        await _editor.PublishedStoryAsync(StoryWith(picture));

        using var response = await _editor.PostFormAsync($"/admin/media/{picture.Id}/delete", [], $"/admin/media/{picture.Id}/edit");
        var page = WebUtility.HtmlDecode(await _editor.GetStringAsync($"/admin/media/{picture.Id}/edit"));

        Assert.Contains("was not deleted: it is used by “Council approves the riverside park”", page, StringComparison.Ordinal);
        Assert.Equal((1, 1), (await app.StoredAsync()) is var (items, originals, _) ? (items, originals) : default);
        Assert.Empty((await _editor.PageAsync("/admin/media?unused=true")).QuerySelectorAll(".media-grid__name"));
    }

    private static Dictionary<string, string> StoryWith(PictureRef picture, string headline = "Council approves the riverside park")
    {
        var story = ArticleEditing.Story(headline);
        story["LeadImageId"] = picture.Id.ToString(CultureInfo.InvariantCulture);
        return story;
    }
}
