using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Media;

namespace NewsCms.BrowserTests.Media;

/// <summary>A story with a picture, from the file picker to the published page, as an editor and a reader do it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PictureJourneyTests(BrowserApplication app) : IAsyncLifetime
{
    private const string Headline = "Floods reach the old town";

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        app.ConsoleErrors.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Editor_uploads_a_picture_describes_it_leads_a_story_with_it_and_readers_see_it()
    {
        var editor = await app.CreateStaffAsync(Roles.Editor);
        var notFound = new List<string>();
        var page = await app.NewPageAsync();
        page.Context.Response += (_, r) => { if (r.Status == 404) notFound.Add(r.Url); };
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(editor.Email);
        await page.GetByLabel("Password").FillAsync(editor.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArrivedAtAsync("**/admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pictures" }).ClickAsync();
        await page.GetByLabel("Upload pictures").SetInputFilesAsync(new FilePayload { Name = "flood.jpg", MimeType = "image/jpeg", Buffer = TestPictures.Jpeg(1600, 1000) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("“flood.jpg” added to the library.");

        await page.GetByRole(AriaRole.Link, new() { Name = "flood.jpg" }).ClickAsync();
        await page.GetByLabel("Alt text").FillAsync("Water up to the doors of the market hall");
        await page.GetByLabel("Caption").FillAsync("The market hall on Tuesday morning.");
        await page.GetByLabel("Credit").FillAsync("Jane Doe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await page.GetByLabel("Headline").FillAsync(Headline);
        await page.GetByLabel("Body").FillAsync("The river rose overnight.");
        await page.GetByLabel("Lead image").SelectOptionAsync(new SelectOptionValue { Label = "flood.jpg — Water up to the doors of the market hall" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published");
        await page.Context.CloseAsync();

        var reader = await app.NewPageAsync();
        reader.Context.Response += (_, r) => { if (r.Status == 404) notFound.Add(r.Url); };
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = Headline }).First.ClickAsync();
        var lead = reader.Locator("article figure picture img");
        await Assertions.Expect(lead).ToHaveAttributeAsync("alt", "Water up to the doors of the market hall");
        await Assertions.Expect(lead).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex(@"/media/\d+/[0-9a-f]{12}/original-320\.jpg 320w"));
        await Assertions.Expect(lead).ToHaveAttributeAsync("fetchpriority", "high");
        await Assertions.Expect(reader.Locator("article figure figcaption")).ToContainTextAsync("The market hall on Tuesday morning.");
        await Assertions.Expect(reader.Locator("article figure figcaption")).ToContainTextAsync("Jane Doe");
        await Assertions.Expect(lead).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await lead.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the picture loaded");
        // Chromium asks for /favicon.ico by itself (there is none); every other resource must load and no script may fail.
        var errors = app.ConsoleErrors.Where(e => !e.StartsWith("Failed to load resource", StringComparison.Ordinal)).Concat(notFound).ToList();
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }
}
