using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>Pictures placed in the body with <c>![alt](media:12)</c> (docs/pictures.md), rendered at save.</summary>
[Collection(SharedApp.Name)]
public sealed class BodyPictureTests(NewsCmsApplication app) : IAsyncLifetime
{
    private const string Alt = MediaKit.FloodAlt;
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
    public async Task A_body_picture_is_a_lazy_figure_with_srcset_size_caption_and_credit()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        var id = await _editor.PublishedStoryAsync(ArticleEditing.Story(body: $"The council voted.\n\n![a flood](media:{picture.Id} \"Tuesday, 9 a.m.\")\n\nMore to follow."));

        var page = await app.CreatePlainClient().PageAsync(await app.PublicUrlAsync(id));

        var figure = page.QuerySelector(".story__body figure")!;
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal((Alt, "lazy", "960", "600", null),
            (img.GetAttribute("alt"), img.GetAttribute("loading"), img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("fetchpriority")));
        Assert.Equal(BodyFigure.Sizes, img.GetAttribute("sizes"));
        Assert.Contains($"/media/{picture.Id}/{picture.Fingerprint}/original-1600.jpg 1600w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains("original-320.webp 320w", figure.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("Tuesday, 9 a.m. Jane Doe", figure.QuerySelector("figcaption")!.Text());
        Assert.Equal(["The council voted.", "More to follow."], page.QuerySelectorAll(".story__body p").Select(p => p.Text()));
        Assert.Equal(HttpStatusCode.OK, (await app.CreatePlainClient().GetAsync(img.GetAttribute("src"))).StatusCode);
    }

    [Fact]
    public async Task A_body_picture_the_library_does_not_hold_is_refused_beside_Body()
    {
        using var refused = await _editor.PressAsync(ArticleEditing.NewUrl, "SaveDraft", ArticleEditing.Story(body: "Text.\n\n![gone](media:987654)"));

        Assert.Contains("media:987654", (await refused.DocumentAsync()).ReasonBeside("Body"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_new_description_reaches_the_published_stories_that_place_the_picture()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        var id = await _editor.PublishedStoryAsync(ArticleEditing.Story(body: $"![a flood](media:{picture.Id})"));
        var url = await app.PublicUrlAsync(id);
        Assert.Equal("The market hall on Tuesday morning. Jane Doe", (await app.CreatePlainClient().PageAsync(url)).QuerySelector(".story__body figcaption")!.Text());

        await _editor.DescribeAsync(picture.Id, "Boats in the square", "The square at noon.", 0.2);

        var page = await app.CreatePlainClient().PageAsync(url);
        var img = page.QuerySelector(".story__body img")!;
        var moved = await app.PictureAsync("flood.jpg");
        Assert.Equal(("Boats in the square", "The square at noon. Jane Doe"), (img.GetAttribute("alt"), page.QuerySelector(".story__body figcaption")!.Text()));
        Assert.Contains($"/media/{picture.Id}/{moved.Fingerprint}/", img.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_placed_only_in_a_body_is_used_so_not_deleted_nor_listed_as_unused()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        await _editor.PublishedStoryAsync(ArticleEditing.Story("Rain to ease by Friday", $"Text.\n\n![a flood](media:{picture.Id})"));

        using var response = await _editor.PostFormAsync($"/admin/media/{picture.Id}/delete", [], $"/admin/media/{picture.Id}/edit");
        var page = WebUtility.HtmlDecode(await _editor.GetStringAsync($"/admin/media/{picture.Id}/edit"));

        Assert.Contains("was not deleted: it is used by “Rain to ease by Friday”", page, StringComparison.Ordinal);
        Assert.Empty((await _editor.PageAsync("/admin/media?unused=true")).QuerySelectorAll(".media-grid__name"));
    }

    [Fact]
    public async Task The_editor_offers_each_picture_line_to_insert_and_the_library_shows_it_to_copy()
    {
        var picture = await _editor.DescribedFloodAsync(app);
        var line = $"![{Alt}](media:{picture.Id})";

        var editor = await _editor.PageAsync(ArticleEditing.NewUrl);
        var library = await _editor.PageAsync(MediaKit.LibraryUrl);

        Assert.Equal(line, editor.QuerySelector("[data-insert-snippet]")!.GetAttribute("data-insert-snippet"));
        Assert.Equal(line, editor.QuerySelector(".body-pictures__snippet")!.Text());
        Assert.Equal(line, library.QuerySelector(".media-grid__snippet")!.Text());
    }
}
