using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>Agency copy from upload to the reader: import a NITF file, find it on the Incoming desk, use it, publish it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class WireJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Headline = "Harbour bridge reopens after storm repairs";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Editor_imports_a_nitf_file_uses_it_from_the_desk_and_publishes_it()
    {
        var editor = await App.CreateStaffAsync(Roles.Editor);
        var page = await SignInAsync(editor);

        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await page.GetByLabel("Wire files").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "wire", "nitf-harbour.xml"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"nitf-harbour.xml: on the Incoming desk: {Headline}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Incoming", Exact = true }).ClickAsync();
        var item = page.GetByRole(AriaRole.Article, new() { Name = Headline });
        await Assertions.Expect(item).ToContainTextAsync("Northwind Agency");
        await item.GetByRole(AriaRole.Button, new() { Name = "Use", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Headline")).ToHaveValueAsync(Headline);
        await Assertions.Expect(page.GetByLabel("Byline")).ToHaveValueAsync("Jane Okafor, Northwind Agency");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published");
        await page.Context.CloseAsync();

        var reader = await App.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = Headline }).First.ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Headline);
        await Assertions.Expect(reader.Locator("article")).ToContainTextAsync("PORTSMOUTH");
        Assert.Empty(App.ConsoleErrors);
    }

    [Fact]
    public async Task Editor_imports_copy_with_its_picture_and_the_story_leads_with_it_for_readers()
    {
        const string lighthouse = "Lighthouse keepers' cottage opens as a museum";
        const string alt = "A white lighthouse with a red lantern room against a blue sky";
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "wire", "pictures");
        var editor = await App.CreateStaffAsync(Roles.Editor);
        var page = await SignInAsync(editor);

        await page.GotoAsync("/admin/import");
        await page.GetByLabel("Wire files").SetInputFilesAsync([Path.Combine(folder, "nitf-lighthouse.xml"), Path.Combine(folder, "lighthouse.jpg")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("nitf-lighthouse.xml: picture “lighthouse.jpg”: added to the library");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("lighthouse.jpg: taken with the wire file that names it");

        // The desk shows the picture beside the item.
        await page.GetByRole(AriaRole.Link, new() { Name = "Incoming", Exact = true }).ClickAsync();
        var item = page.GetByRole(AriaRole.Article, new() { Name = lighthouse });
        var thumbnail = item.GetByRole(AriaRole.Img, new() { Name = alt });
        await Assertions.Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the desk's thumbnail loaded");
        await item.GetByRole(AriaRole.Button, new() { Name = "Use", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Headline")).ToHaveValueAsync(lighthouse);
        await Assertions.Expect(page.GetByLabel("Lead image").Locator("option:checked")).ToHaveTextAsync($"lighthouse.jpg — {alt}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published");
        await page.Context.CloseAsync();

        var reader = await App.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = lighthouse }).First.ClickAsync();
        var lead = reader.Locator("article figure picture img");
        await Assertions.Expect(lead).ToHaveAttributeAsync("alt", alt);
        await Assertions.Expect(reader.Locator("article figure figcaption")).ToContainTextAsync("Owen Price / Northwind Agency");
        await Assertions.Expect(lead).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await lead.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the lead picture loaded");
        Assert.DoesNotContain(App.ConsoleErrors, e => !e.StartsWith("Failed to load resource", StringComparison.Ordinal));
    }

    private Task<IPage> SignInAsync(StaffMember staff) => App.SignedInAsync(staff, "/admin");
}
