using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>
/// Issue 15: a moderator works through 200 pending comments with Search comments and Select all, uses a
/// keyboard shortcut, trashes and restores a comment, and bans a sender and lifts the ban.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ModerationDeskJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Moderator_works_through_two_hundred_pending_comments()
    {
        var from = App.Clock.GetUtcNow().AddHours(-5);
        await App.AddManyCommentsAsync(_articleId, 150, from, body: "A thoughtful remark");
        await App.AddManyCommentsAsync(_articleId, 50, from.AddHours(1), body: "Buy cheap watches now");
        var page = await SignInAsync(await App.CreateStaffAsync(Roles.Moderator));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pending (200)" })).ToBeVisibleAsync();
        var selection = page.GetByRole(AriaRole.Group, new() { Name = "With the selected comments" });

        // The fifty look-alikes, found by search and sent to Spam together.
        await page.GetByLabel("Search comments").FillAsync("cheap watches");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator(".queue-item")).ToHaveCountAsync(50);
        await page.GetByLabel("Select all").CheckAsync();
        await Assertions.Expect(page.GetByLabel("Select the comment by Reader 7", new() { Exact = true })).ToBeCheckedAsync();
        await selection.GetByRole(AriaRole.Button, new() { Name = "Spam", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Marked as spam 50 comments.");

        // The first hundred of the rest, approved in one go; the next page starts at the 101st.
        await page.GotoAsync("/moderation");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pending (150)" })).ToBeVisibleAsync();
        await page.GetByLabel("Select all").CheckAsync();
        await selection.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved 100 comments.");
        await Assertions.Expect(page.Locator(".queue-item__author").First).ToHaveTextAsync("Reader 101");

        // A keyboard shortcut: j to the first comment, a to approve it.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved 1 comment.");
        await Assertions.Expect(page.GetByText("Keyboard shortcuts")).ToBeVisibleAsync();

        // Delete puts it in Trash; Restore brings it back to the queue.
        var item = page.GetByRole(AriaRole.Article, new() { Name = "Comment by Reader 102" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Moved to Trash 1 comment.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trash (1)" }).ClickAsync();
        await page.GetByRole(AriaRole.Article, new() { Name = "Comment by Reader 102" }).GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Restored 1 comment.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Pending (49)" })).ToBeVisibleAsync();

        // A ban, listed on the bans page, then lifted.
        await page.GotoAsync("/moderation");
        await page.GetByRole(AriaRole.Article, new() { Name = "Comment by Reader 103" }).GetByRole(AriaRole.Link, new() { Name = "Ban sender" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Abusive replies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ban sender" }).ClickAsync();
        await page.ArrivedAtAsync("**/moderation/bans");
        var ban = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "reader103@example.com" });
        await Assertions.Expect(ban).ToContainTextAsync("Abusive replies");
        await ban.GetByRole(AriaRole.Button, new() { Name = "Lift ban" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The ban is lifted.");
        await Assertions.Expect(page.GetByText("No one is banned.")).ToBeVisibleAsync();
        Assert.Empty(App.ConsoleErrors);
    }

    private Task<IPage> SignInAsync(StaffMember staff) => App.SignedInAsync(staff, "/moderation");
}
