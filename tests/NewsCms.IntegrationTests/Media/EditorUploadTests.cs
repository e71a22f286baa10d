using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>A lead image uploaded straight from the article editor, through the library's checks.</summary>
[Collection(SharedApp.Name)]
public sealed class EditorUploadTests(NewsCmsApplication app) : IAsyncLifetime
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
    public async Task A_picture_uploaded_in_the_editor_joins_the_library_as_the_described_lead_image()
    {
        using var saved = await PressWithFileAsync(ArticleEditing.NewUrl, "Publish", "harbour.jpg", TestPictures.Jpeg(1600, 900), "Boats in the harbour at dawn");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var picture = await app.PictureAsync("harbour.jpg");
        var article = await app.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync());
        Assert.Equal((picture.Id, ArticleStatus.Published, "Boats in the harbour at dawn"), (article.LeadImageId, article.Status, picture.AltText));
    }

    [Fact]
    public async Task A_refused_file_is_named_beside_the_control_and_nothing_is_stored()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        using var refused = await PressWithFileAsync(ArticleEditing.NewUrl, "SaveDraft", "logo.jpg", svg, "A logo");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("“logo.jpg” was refused", (await refused.DocumentAsync()).ReasonBeside("LeadImageFile"), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await app.StoredAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    /// <summary>The editor form as a browser posts it with a file chosen: multipart, with the page's token.</summary>
    private async Task<HttpResponseMessage> PressWithFileAsync(string url, string command, string fileName, byte[] bytes, string altText)
    {
        var token = StaffSignIn.AntiforgeryToken(await _editor.GetStringAsync(url));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(command), "command" },
            { new StringContent("Harbour reopens after the storm"), "Headline" },
            { new StringContent("The harbour reopened on Tuesday."), "Body" },
            { new StringContent(altText), "LeadImageAltText" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "LeadImageFile", fileName);
        return await _editor.PostAsync(url, form);
    }
}
