using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Media;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.CommandLine;

namespace NewsCms.IntegrationTests.Media;

/// <summary>`import` with story.jpg beside story.txt: the picture joins the library and leads the story (docs/pictures.md).</summary>
[Collection(SharedApp.Name)]
public sealed class WirePictureTests(NewsCmsApplication app) : AppTest(app), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newscms-wire-picture-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_captioned_picture_beside_the_wire_file_becomes_the_lead_image_once()
    {
        var story = Path.Combine(_folder, "story.txt");
        File.Copy(Samples.PathOf(Samples.SeedFile), story);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "story.jpg"), TestPictures.JpegWithXmp("Shells stacked at a depot", "Agency Photo"));

        Assert.Equal(0, await ImportVerb.RunAsync(App.Services, [story]));
        Assert.Equal(0, await ImportVerb.RunAsync(App.Services, [story]));

        var (lead, alt, credit, items) = await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.LeadImage).SingleAsync();
            return (article.LeadImageId, article.LeadImage!.AltText, article.LeadImage.Credit, await db.MediaItems.CountAsync());
        });
        Assert.NotNull(lead);
        Assert.Equal(("Shells stacked at a depot", "Agency Photo", 1), (alt, credit, items));
    }

    [Fact]
    public async Task A_picture_without_a_caption_joins_the_library_but_does_not_lead()
    {
        var story = Path.Combine(_folder, "story.txt");
        File.Copy(Samples.PathOf(Samples.SeedFile), story);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "story.jpg"), TestPictures.Jpeg());

        Assert.Equal(0, await ImportVerb.RunAsync(App.Services, [story]));

        Assert.Equal((null, 1), await App.WithDbAsync(async db => ((await db.Articles.SingleAsync()).LeadImageId, await db.MediaItems.CountAsync())));
    }
}
