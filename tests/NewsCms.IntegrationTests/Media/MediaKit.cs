using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Media;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;

namespace NewsCms.IntegrationTests.Media;

/// <summary>The library's upload form, posted as a browser posts it (multipart, with the page's antiforgery token).</summary>
public static class MediaKit
{
    public const string LibraryUrl = "/admin/media";

    public static async Task<HttpResponseMessage> PostUploadAsync(this HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var token = StaffSignIn.AntiforgeryToken(await client.GetStringAsync(LibraryUrl));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg"); // what a browser might claim; never trusted
            form.Add(file, "files", name);
        }

        return await client.PostAsync(LibraryUrl, form);
    }

    /// <summary>Uploads and answers the library page shown afterwards (its messages say what became of each file).</summary>
    public static async Task<string> UploadAsync(this HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        using var response = await client.PostUploadAsync(files);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location!.OriginalString);
    }

    public static async Task<PictureRef> UploadOneAsync(this HttpClient client, NewsCmsApplication app, string name, byte[] bytes)
    {
        var page = await client.UploadAsync((name, bytes));
        Assert.Contains($"“{name}” added to the library.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        return await app.PictureAsync(name);
    }

    public static Task<PictureRef> PictureAsync(this NewsCmsApplication app, string fileName) =>
        app.WithDbAsync(db => db.MediaItems.AsNoTracking().Where(m => m.FileName == fileName).OrderByDescending(m => m.Id)
            .Select(m => new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, m.AltText, m.Caption, m.Credit))
            .FirstAsync());

    public const string FloodAlt = "Water up to the doors of the market hall";

    /// <summary>A 1600 × 1000 "flood.jpg", described as the stories' tests expect.</summary>
    public static async Task<PictureRef> DescribedFloodAsync(this HttpClient client, NewsCmsApplication app)
    {
        var picture = await client.UploadOneAsync(app, "flood.jpg", TestPictures.Jpeg(1600, 1000));
        await client.DescribeAsync(picture.Id, FloodAlt, "The market hall on Tuesday morning.");
        return await app.PictureAsync("flood.jpg");
    }

    public static async Task DescribeAsync(this HttpClient client, int id, string alt, string caption, double focalX = 0.5)
    {
        using var saved = await client.PostFormAsync($"/admin/media/{id}/edit", new()
        {
            ["AltText"] = alt,
            ["Caption"] = caption,
            ["Credit"] = "Jane Doe",
            ["FocalX"] = focalX.ToString(CultureInfo.InvariantCulture),
            ["FocalY"] = "0.5",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>The public address of a published article.</summary>
    public static async Task<string> PublicUrlAsync(this NewsCmsApplication app, int articleId)
    {
        var article = await app.ArticleAsync(articleId);
        return ArticleUrl.For(article.PublishedOn!.Value, article.Slug);
    }

    public static Task<(int Items, int Originals, int Renditions)> StoredAsync(this NewsCmsApplication app) =>
        app.WithDbAsync(async db => (await db.MediaItems.CountAsync(), await db.MediaOriginals.CountAsync(), await db.MediaRenditions.CountAsync()));

    /// <summary>How many renditions the picture offers (every crop, width and format): the first request for any of them makes them all.</summary>
    public static int OfferedRenditions(this PictureRef picture) =>
        RenditionMaker.Offered(picture.Width, picture.Height, picture.FocalX, picture.FocalY, new MediaOptions().RenditionWidths).Count;
}
