using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Media;
using NewsCms.Web.ReaderSite;

namespace NewsCms.BrowserTests.Media;

/// <summary>A picture placed in a story's body with the editor's Insert button, from the library to the reader's page.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class BodyPictureJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Alt = "Cyclists cross the reopened bridge";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Editor_inserts_a_library_picture_into_Body_updates_the_story_and_readers_see_the_figure()
    {
        var page = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Editor));
        await page.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await page.GetByLabel("Headline").FillAsync("Bridge reopens after repairs");
        await page.GetByLabel("Body").FillAsync("The bridge reopened on Monday.\n\nTraffic was light.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.ArrivedAtAsync("**/admin/articles/*/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Published");
        var editUrl = page.Url;
        var id = int.Parse(EditPath().Match(editUrl).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pictures", Exact = true }).ClickAsync();
        await page.GetByLabel("Upload pictures").SetInputFilesAsync(new FilePayload { Name = "bridge.jpg", MimeType = "image/jpeg", Buffer = TestPictures.Jpeg(1600, 1000) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("“bridge.jpg” added to the library.");
        await page.GetByRole(AriaRole.Link, new() { Name = "bridge.jpg" }).ClickAsync();
        await page.GetByLabel("Alt text").FillAsync(Alt);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
        var pictureId = await App.WithDbAsync(db => db.MediaItems.Where(m => m.FileName == "bridge.jpg").Select(m => m.Id).SingleAsync());

        await page.GotoAsync(editUrl);
        await page.GetByText("Pictures for the body").ClickAsync();
        var item = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "bridge.jpg" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Insert", Exact = true }).ClickAsync();

        var line = $"![{Alt}](media:{pictureId})";
        await Assertions.Expect(page.GetByLabel("Body")).ToHaveValueAsync(new Regex("^" + Regex.Escape(line) + @"\n\nThe bridge reopened on Monday\."));
        await page.GetByRole(AriaRole.Button, new() { Name = "Update", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Updated: the changes are live.");
        await page.Context.CloseAsync();

        var reader = await App.NewPageAsync();
        reader.Response += (_, response) =>
        {
            if (response.Status >= 400)
                App.ConsoleErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
        };
        var story = await App.ArticleAsync(id);
        await reader.GotoAsync(ArticleUrl.For(story.PublishedOn!.Value, story.Slug));
        var img = reader.Locator("article figure picture img");
        await Assertions.Expect(img).ToHaveCountAsync(1);
        await Assertions.Expect(img).ToHaveAttributeAsync("alt", Alt);
        await Assertions.Expect(img).ToHaveAttributeAsync("loading", "lazy");
        await Assertions.Expect(img).ToHaveAttributeAsync("srcset", RenditionOfThisPicture(pictureId));
        await Assertions.Expect(reader.Locator("article figure picture source[type='image/webp']")).ToHaveCountAsync(1);
        // A lazy picture loads when it nears the viewport, as it does for a reader scrolling down.
        await img.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(img).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await img.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the picture loaded");
        Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));
    }

    [GeneratedRegex(@"/admin/articles/(\d+)/edit")]
    private static partial Regex EditPath();

    private static Regex RenditionOfThisPicture(int id) => new($@"/media/{id}/[0-9a-f]{{12}}/original-\d+\.jpg \d+w");
}
