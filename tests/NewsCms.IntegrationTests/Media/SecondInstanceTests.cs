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

        Assert.Equal(1, stored);
        Assert.Equal(fromSecond, fromFirst);
        Assert.Equal(1, await App.WithDbAsync(db => db.MediaRenditions.CountAsync()));
    }
}
