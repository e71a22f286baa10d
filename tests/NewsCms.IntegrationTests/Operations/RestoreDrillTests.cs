using System.Net;
using AngleSharp.Dom;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Media;
using NewsCms.Web.CommandLine;

namespace NewsCms.IntegrationTests.Operations;

/// <summary>The drill an operator runs after a disaster: back up, restore into a new database, serve the same site.</summary>
[Collection(SharedApp.Name)]
public sealed class RestoreDrillTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task A_backup_restored_into_a_new_database_serves_the_same_stories_and_pictures()
    {
        await App.ImportAsync(Samples.Seed);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(App, "river.jpg", TestPictures.Jpeg(640, 360));
        var pictureUrl = picture.Url(MediaCrop.Wide, 640, RenditionFormat.Webp);
        var pictureBytes = await App.CreatePlainClient().GetByteArrayAsync(pictureUrl);
        var headline = await HeadlineAsync(App);
        var file = Path.Combine(Path.GetTempPath(), $"newscms-drill-{Guid.NewGuid():N}.dump");
        try
        {
            Assert.Equal(0, await BackupVerb.RunAsync(App.Services, [file]));

            await using var restored = new EmptyDatabaseApplication();
            await restored.InitializeAsync();
            Assert.Equal(0, await RestoreVerb.RunAsync(restored.Services, [file]));

            Assert.Equal(headline, await HeadlineAsync(restored));
            using var reader = restored.CreatePlainClient();
            Assert.Equal(pictureBytes, await reader.GetByteArrayAsync(pictureUrl));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> HeadlineAsync(NewsCmsApplication node)
    {
        var (status, html) = await node.GetAsync(Samples.SeedUrl);
        Assert.Equal(HttpStatusCode.OK, status);
        var page = await Html.ParseAsync(html);
        return page.QuerySelector("h1")!.Text();
    }
}
