using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

[Collection(SharedApp.Name)]
public sealed class MediaLibraryTests(NewsCmsApplication app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Roles.Reporter)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Writers_upload_pictures(string role)
    {
        using var client = await app.SignedInClientAsync(role);

        var page = await client.PageAsync(MediaKit.LibraryUrl);

        Assert.Equal("Upload pictures", page.QuerySelector("label[for=files]")!.Text());
        Assert.NotNull(page.QuerySelector("input#files[type=file][multiple]"));
        Assert.Contains(page.QuerySelectorAll(".staff-nav a"), a => a.Text() == "Pictures");
        await client.UploadOneAsync(app, $"{role}.jpg", TestPictures.Jpeg(400, 300));
    }

    [Fact]
    public async Task A_moderator_gets_403_and_uploads_nothing()
    {
        using var moderator = await app.SignedInClientAsync(Roles.Moderator);
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg(400, 300));

        foreach (var url in new[] { MediaKit.LibraryUrl, $"/admin/media/{picture.Id}/edit" })
            Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync(url)).StatusCode);
        // The token comes from a page the moderator may see; the post itself is refused.
        var token = StaffSignIn.AntiforgeryToken(await moderator.GetStringAsync("/admin/profile"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(TestPictures.Jpeg(100, 100)), "files", "x.jpg" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.PostAsync(MediaKit.LibraryUrl, form)).StatusCode);
        Assert.Equal((1, 1, 0), await app.StoredAsync());
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var anonymous = app.CreatePlainClient();

        using var response = await anonymous.GetAsync(MediaKit.LibraryUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_without_its_antiforgery_token_is_refused()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestPictures.Jpeg(100, 100)), "files", "x.jpg" } };

        using var response = await editor.PostAsync(MediaKit.LibraryUrl, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0, 0), await app.StoredAsync());
    }

    [Fact]
    public async Task The_library_finds_pictures_by_alt_text_caption_credit_and_file_name()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var river = await editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg(400, 300));
        await editor.UploadOneAsync(app, "wire.jpg", TestPictures.JpegWithXmp("Firefighters at the warehouse", "Jane Doe/Agency"));
        await editor.UploadOneAsync(app, "council.png", TestPictures.Png());
        await editor.PostFormAsync($"/admin/media/{river.Id}/edit", new() { ["AltText"] = "Boats on the river at dawn", ["FocalX"] = "0.5", ["FocalY"] = "0.5" });

        Assert.Equal(["river.jpg"], await NamesAsync(editor, "?q=boats+DAWN"));
        Assert.Equal(["wire.jpg"], await NamesAsync(editor, "?q=warehouse"));
        Assert.Equal(["wire.jpg"], await NamesAsync(editor, "?q=jane"));
        Assert.Equal(["council.png"], await NamesAsync(editor, "?q=council"));
        Assert.Equal(["council.png", "wire.jpg", "river.jpg"], await NamesAsync(editor, ""));
        Assert.Equal(["council.png", "wire.jpg", "river.jpg"], await NamesAsync(editor, "?unused=true"));
    }

    [Fact]
    public async Task The_library_pages_its_grid()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var files = Enumerable.Range(1, 41).Select(i => ($"p{i:00}.png", TestPictures.Png(40 + i, 30))).ToArray();
        await editor.UploadAsync(files);

        var first = await NamesAsync(editor, "");
        var second = await NamesAsync(editor, "?page=2");

        Assert.Equal(40, first.Count);
        Assert.Equal(["p01.png"], second);
        var page = await editor.PageAsync(MediaKit.LibraryUrl);
        Assert.Equal("/admin/media?page=2", page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_picture_no_story_uses_can_be_deleted()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg(400, 300));
        await editor.GetByteArrayAsync(picture.Url(Core.Media.MediaCrop.Wide, 320, Core.Media.RenditionFormat.Webp));

        using var response = await editor.PostFormAsync($"/admin/media/{picture.Id}/delete", [], $"/admin/media/{picture.Id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((0, 0, 0), await app.StoredAsync());
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string query) =>
        (await client.PageAsync(MediaKit.LibraryUrl + query)).QuerySelectorAll(".media-grid__name").Select(e => e.Text()).ToList();
}
