using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>Two app instances on one database (a cluster's nodes): a picture uploaded on one is served by the other.</summary>
[Collection(SharedApp.Name)]
public sealed class SecondInstanceTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task A_rendition_made_by_one_instance_is_stored_for_both_and_served_alike()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(App, "flood.jpg", TestPictures.Jpeg(1600, 1000));
        using var second = App.WithWebHostBuilder(b => b.UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        using var secondClient = second.CreateClient();
        var url = picture.Url(MediaCrop.Wide, 640, RenditionFormat.Webp);

        var fromSecond = await secondClient.GetByteArrayAsync(url);
        var stored = await App.WithDbAsync(db => db.MediaRenditions.CountAsync());
        var fromFirst = await App.CreatePlainClient().GetByteArrayAsync(url);

        Assert.Equal(picture.OfferedRenditions(), stored);
        Assert.Equal(fromSecond, fromFirst);
        Assert.Equal(picture.OfferedRenditions(), await App.WithDbAsync(db => db.MediaRenditions.CountAsync()));
    }

    [Fact]
    public async Task Two_instances_asked_at_once_make_every_rendition_once_and_serve_the_same_bytes()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(App, "storm.jpg", TestPictures.Jpeg(2000, 1300));
        using var second = App.WithWebHostBuilder(b => b.UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        using var secondClient = second.CreateClient();
        using var firstClient = App.CreatePlainClient();

        var answers = await Task.WhenAll(
            firstClient.GetAsync(picture.Url(MediaCrop.Wide, 1280, RenditionFormat.Webp)),
            secondClient.GetAsync(picture.Url(MediaCrop.Wide, 1280, RenditionFormat.Webp)),
            firstClient.GetAsync(picture.Url(MediaCrop.Square, 320, RenditionFormat.Jpeg)),
            secondClient.GetAsync(picture.Url(MediaCrop.Original, 640, RenditionFormat.Jpeg)));

        Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(await answers[0].Content.ReadAsByteArrayAsync(), await answers[1].Content.ReadAsByteArrayAsync());
        Assert.Equal(picture.OfferedRenditions(), await App.WithDbAsync(db => db.MediaRenditions.CountAsync()));
        foreach (var answer in answers)
            answer.Dispose();
    }
}
