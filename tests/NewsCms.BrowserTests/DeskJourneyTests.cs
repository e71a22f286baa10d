using Microsoft.Playwright;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>The desk's ways back and confirmations, as the reporter and the editor do them in two browsers.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DeskJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Headline = "Council approves the riverside park";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Editor_sends_back_reporter_reads_the_note_and_the_notification_and_resubmits()
    {
        var reporter = await SignInAsync(await App.CreateStaffAsync(Roles.Reporter));
        var editor = await SignInAsync(await App.CreateStaffAsync(Roles.Editor));
        await reporter.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await reporter.GetByLabel("Headline").FillAsync(Headline);
        await reporter.GetByLabel("Body").FillAsync("The council voted on Tuesday.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToContainTextAsync("review");

        await editor.ReloadAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = Headline }).First.ClickAsync();
        await editor.GetByLabel("Note").FillAsync("Who said the vote was 6-3? Add the source.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Send back" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Sent back");

        await reporter.GotoAsync("/admin");
        await Assertions.Expect(reporter.GetByRole(AriaRole.Link, new() { Name = "Notifications, 1 unread" })).ToBeVisibleAsync();
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Notifications, 1 unread" }).ClickAsync();
        await reporter.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("was sent back to you") }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Discussion" })).ToContainTextAsync("Who said the vote was 6-3? Add the source.");
        await reporter.GetByLabel("Body").FillAsync("The council voted 6-3 on Tuesday, the clerk said.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToContainTextAsync("review");

        var id = int.Parse(reporter.Url.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(ArticleStatus.InReview, (await App.ArticleAsync(id)).Status);
        Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Unpublish_asks_first_in_a_dialog_or_on_a_page_without_script(bool script)
    {
        var editor = await SignInAsync(await App.CreateStaffAsync(Roles.Editor), script);
        await editor.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await editor.GetByLabel("Headline").FillAsync(Headline);
        await editor.GetByLabel("Body").FillAsync("The council voted on Tuesday.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Published");
        var id = int.Parse(editor.Url.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);

        await editor.GetByRole(AriaRole.Button, new() { Name = "Unpublish" }).ClickAsync();

        var asking = script ? editor.GetByRole(AriaRole.Dialog) : editor.Locator("main, body").First;
        await Assertions.Expect(asking).ToContainTextAsync("Are you sure you want to unpublish");
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(id)).Status);
        await asking.GetByRole(AriaRole.Button, new() { Name = "Unpublish" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Unpublished");
        Assert.Equal(ArticleStatus.Unpublished, (await App.ArticleAsync(id)).Status);
        Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));
    }

    private Task<IPage> SignInAsync(StaffMember staff, bool script = true) => App.SignedInAsync(staff, "/admin", script);
}
