using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>The newsroom's whole path, through labels and buttons as people use them.</summary>
[Collection(SharedBrowser.Name)]
public sealed class NewsroomJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Headline = "Council approves the riverside park";
    private const string Body = "The council voted on Tuesday.\n\n- a new footbridge\n- two playgrounds\n\nRead [the full plan](https://example.com/plan).";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Reporter_writes_and_submits_editor_previews_and_publishes_reader_reads()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        var editor = await App.CreateStaffAsync(Roles.Editor);

        var page = await SignInAsync(reporter);
        await page.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await page.GetByLabel("Headline").FillAsync(Headline);
        await page.GetByLabel("Body").FillAsync(Body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("review");
        await page.Context.CloseAsync();

        page = await SignInAsync(editor);
        await page.GetByRole(AriaRole.Link, new() { Name = Headline }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Preview" });
        await Assertions.Expect(preview.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Assertions.Expect(preview.GetByRole(AriaRole.Link, new() { Name = "the full plan" })).ToHaveAttributeAsync("href", "https://example.com/plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published");
        await page.Context.CloseAsync();

        var reader = await App.NewPageAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Headline);
        var day = TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Contains($"/{day:yyyy}/{day:MM}/{day:dd}/council-approves-the-riverside-park", reader.Url, StringComparison.Ordinal);
        await Assertions.Expect(reader.Locator("article .story__body li")).ToHaveTextAsync(["a new footbridge", "two playgrounds"]);
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "the full plan" })).ToHaveAttributeAsync("href", "https://example.com/plan");
        Assert.Empty(App.ConsoleErrors);
    }

    private Task<IPage> SignInAsync(StaffMember staff) => App.SignedInAsync(staff, "/admin");
}
