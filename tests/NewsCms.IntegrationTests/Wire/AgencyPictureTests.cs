using System.IO.Compression;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Media;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Media;
using NewsCms.Web.ReaderSite;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>
/// Pictures sent with agency copy (NITF media references, NewsML-G2 picture items) go into the media library
/// with the agency's caption and credit and lead the story, whichever way the copy came (docs/wire.md).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class AgencyPictureTests(NewsCmsApplication app) : AppTest(app), IDisposable
{
    private const string LighthouseCaption = "The restored lighthouse at St Davids Head, whose keepers' cottage opens to visitors on Saturday.";
    private const string FerryCaption = "The new electric ferry leaves the harbour on its first crossing to the island.";

    private readonly string _folder = Directory.CreateTempSubdirectory("newscms-wire-pictures-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_nitf_story_imported_with_its_picture_leads_with_it_on_the_page_and_a_second_import_adds_no_copy()
    {
        var story = Copy("nitf-lighthouse.xml", "lighthouse.jpg");

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, story);
        await ImportVerbRun.RunAsync(App.Services, story);

        Assert.True(exit == 0, output + errors);
        Assert.Contains("picture “lighthouse.jpg”: added to the library", output, StringComparison.Ordinal);
        var (article, picture, pictures) = await App.WithDbAsync(async db =>
        {
            var a = await db.Articles.Include(x => x.LeadImage).SingleAsync();
            return (a, a.LeadImage, await db.MediaItems.CountAsync());
        });
        Assert.Equal(1, pictures);
        Assert.NotNull(picture);
        Assert.Equal(("A white lighthouse with a red lantern room against a blue sky", LighthouseCaption, "Owen Price / Northwind Agency"),
            (picture.AltText, picture.Caption, picture.Credit));
        Assert.Equal((1200, 800), (picture.Width, picture.Height));

        var page = await App.CreatePlainClient().PageAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug));
        Assert.Equal("A white lighthouse with a red lantern room against a blue sky", page.QuerySelector("article figure picture img")!.GetAttribute("alt"));
        Assert.Equal($"{LighthouseCaption} Owen Price / Northwind Agency", System.Text.RegularExpressions.Regex.Replace(page.QuerySelector("article figure figcaption")!.TextContent, @"\s+", " ").Trim());
    }

    [Fact]
    public async Task A_g2_message_brings_the_linked_picture_as_the_lead_and_a_picture_of_its_own_into_the_library()
    {
        var message = Copy("g2-message-ferry.xml", "ferry.jpg", "harbour-dawn.jpg");

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, message);

        Assert.True(exit == 0, output + errors);
        var (lead, library) = await App.WithDbAsync(async db => (
            await db.Articles.Select(a => a.LeadImage!.Caption).SingleAsync(),
            await db.MediaItems.OrderBy(m => m.FileName).Select(m => new { m.FileName, m.Caption, m.Credit, m.AltText }).ToListAsync()));
        Assert.Equal(FerryCaption, lead);
        Assert.Collection(library,
            m => Assert.Equal(("ferry.jpg", FerryCaption, "Ana Ruiz / NWA", FerryCaption), (m.FileName, m.Caption, m.Credit, m.AltText)),
            m => Assert.Equal(("harbour-dawn.jpg", "The harbour at Oban at first light.", "NWA"), (m.FileName, m.Caption, m.Credit)));
    }

    [Fact]
    public async Task A_picture_missing_from_beside_the_file_is_named_and_the_story_goes_in_without_it()
    {
        var story = Copy("nitf-lighthouse.xml");

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, story);

        Assert.True(exit == 0, output + errors);
        Assert.Contains("picture “lighthouse.jpg”: not found with the copy; the story goes in without it", output, StringComparison.Ordinal);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal((ArticleStatus.Published, null), (article.Status, article.LeadImageId));
        Assert.Equal(0, await App.WithDbAsync(db => db.MediaItems.CountAsync()));
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_by_the_library_and_the_story_still_goes_in()
    {
        var story = Copy("nitf-lighthouse.xml");
        await File.WriteAllTextAsync(Path.Combine(_folder, "lighthouse.jpg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, story);

        Assert.True(exit == 0, output + errors);
        Assert.Contains("picture “lighthouse.jpg”: refused: ", output, StringComparison.Ordinal);
        Assert.Equal((1, 0), await App.WithDbAsync(async db => (await db.Articles.CountAsync(), await db.MediaItems.CountAsync())));
    }

    [Fact]
    public async Task A_zip_uploaded_to_the_desk_carries_its_picture_to_the_draft_made_with_use()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntryFromFile(PathOf("g2-message-ferry.xml"), "ferry/story.xml");
            archive.CreateEntryFromFile(PathOf("ferry.jpg"), "ferry/photos/ferry.jpg");
            archive.CreateEntryFromFile(PathOf("lighthouse.jpg"), "ferry/photos/lighthouse.jpg");
        }

        var result = await editor.ImportFilesAsync(("ferry.zip", zip.ToArray()));

        Assert.Contains("ferry.zip/ferry/story.xml: on the Incoming desk: Electric ferry makes its first crossing", result, StringComparison.Ordinal);
        Assert.Contains("ferry.zip/ferry/story.xml: picture “ferry.jpg”: added to the library", result, StringComparison.Ordinal);
        Assert.Contains("ferry.zip/ferry/story.xml: picture “harbour-dawn.jpg”: not found with the copy", result, StringComparison.Ordinal);
        Assert.Contains("ferry.zip/ferry/photos/ferry.jpg: taken with the wire file that names it", result, StringComparison.Ordinal);
        Assert.Contains("ferry.zip/ferry/photos/lighthouse.jpg: not imported: no wire file sent with it names this picture", result, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));

        // The desk shows the picture beside the item.
        var thumbnail = (await editor.PageAsync(WireKit.DeskUrl)).QuerySelector(".wire-desk__item img.wire-desk__picture")!;
        Assert.Equal(FerryCaption, thumbnail.GetAttribute("alt"));
        using (var served = await editor.GetAsync(thumbnail.GetAttribute("src")))
            Assert.Equal(("image/webp", HttpStatusCode.OK), (served.Content.Headers.ContentType?.MediaType, served.StatusCode));

        var itemId = await App.WithDbAsync(db => db.WireItems.Select(w => w.Id).SingleAsync());
        using var used = await editor.PressAsync(itemId, "use");
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(FerryCaption, await App.WithDbAsync(db => db.Articles.Select(a => a.LeadImage!.Caption).SingleAsync()));
    }

    [Fact]
    public async Task The_import_results_and_the_desk_with_a_picture_have_no_html_errors()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var results = await editor.ImportFilesAsHtmlAsync(("story.xml", File.ReadAllBytes(PathOf("g2-message-ferry.xml"))), ("ferry.jpg", File.ReadAllBytes(PathOf("ferry.jpg"))));
        var desk = await editor.GetStringAsync(WireKit.DeskUrl);
        Assert.Contains("wire-desk__picture", desk, StringComparison.Ordinal);

        var files = new Dictionary<string, string>
        {
            [Path.Combine(_folder, "import.html")] = WireKit.ImportUrl,
            [Path.Combine(_folder, "desk.html")] = WireKit.DeskUrl,
        };
        await File.WriteAllTextAsync(Path.Combine(_folder, "import.html"), results);
        await File.WriteAllTextAsync(Path.Combine(_folder, "desk.html"), desk);
        var errors = await NewsCms.IntegrationTests.ReaderSite.HtmlValidityTests.CheckAsync(files);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task A_desk_item_whose_picture_left_the_library_makes_a_story_without_a_lead()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.ImportFilesAsync(("story.xml", File.ReadAllBytes(PathOf("g2-message-ferry.xml"))), ("ferry.jpg", File.ReadAllBytes(PathOf("ferry.jpg"))));
        await App.WithDbAsync(db => db.MediaItems.ExecuteDeleteAsync());

        var itemId = await App.WithDbAsync(db => db.WireItems.Select(w => w.Id).SingleAsync());
        using var used = await editor.PressAsync(itemId, "use");

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Articles.Select(a => a.LeadImageId).SingleAsync()));
    }

    [Fact]
    public async Task A_later_version_keeps_the_lead_image_the_newsroom_chose()
    {
        var story = Copy("nitf-lighthouse.xml", "lighthouse.jpg");
        await ImportVerbRun.RunAsync(App.Services, story);
        int chosen;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            chosen = (await scope.ServiceProvider.GetRequiredService<MediaLibrary>()
                .AddAsync([new("chosen.jpg", TestPictures.JpegWithXmp("The newsroom's own picture", "Staff"))], null, CancellationToken.None)).Single().MediaId!.Value;
        }

        await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.SingleAsync();
            article.SetLeadImage(chosen);
            await db.SaveChangesAsync();
        });
        await File.WriteAllTextAsync(story, (await File.ReadAllTextAsync(story)).Replace("version=\"1\"", "version=\"2\"", StringComparison.Ordinal));

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, story);

        Assert.True(exit == 0 && output.Contains("updated", StringComparison.Ordinal), output + errors);
        Assert.Equal(chosen, await App.WithDbAsync(db => db.Articles.Select(a => a.LeadImageId).SingleAsync()));
    }

    private static string PathOf(string file) => WireFixtures.PathOf(Path.Combine("pictures", file));

    /// <summary>Copies fixtures into the test's folder; answers the path of the first.</summary>
    private string Copy(params string[] files)
    {
        foreach (var file in files)
            File.Copy(PathOf(file), Path.Combine(_folder, file));
        return Path.Combine(_folder, files[0]);
    }
}
