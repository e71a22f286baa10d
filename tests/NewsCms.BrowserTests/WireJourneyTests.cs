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

    private Task<IPage> SignInAsync(StaffMember staff) => App.SignedInAsync(staff, "/admin");
}
