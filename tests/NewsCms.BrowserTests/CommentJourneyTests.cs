using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>A reader comments, a moderator approves it from the queue, the reader sees it published.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CommentJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Text = "A fair account of the munitions question. <b>Thanks</b>.";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.ImportAsync(Samples.Seed);
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Reader_comments_moderator_approves_reader_sees_it_counted()
    {
        var reader = await App.NewPageAsync();
        await reader.GotoAsync(Samples.SeedUrl);
        await reader.GetByLabel("Name", new() { Exact = true }).FillAsync("Ada Reader");
        await reader.GetByLabel("Email (optional)").FillAsync("ada@example.com");
        await reader.GetByLabel("Comment", new() { Exact = true }).FillAsync(Text);
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        await reader.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();

        await Assertions.Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("awaits moderation");
        await Assertions.Expect(reader.GetByText("Awaiting moderation", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Comments (0)" })).ToBeVisibleAsync();

        var moderator = await App.SignedInAsync(await App.CreateStaffAsync(Roles.Moderator), "/moderation");
        await Assertions.Expect(moderator.GetByRole(AriaRole.Link, new() { Name = "Pending (1)" })).ToBeVisibleAsync();
        var item = moderator.GetByRole(AriaRole.Article, new() { Name = "Comment by Ada Reader" });
        await Assertions.Expect(item).ToContainTextAsync(Text);
        await item.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Assertions.Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved 1 comment");

        await reader.ReloadAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Comments (1)" })).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator(".comments__list .comment p")).ToHaveTextAsync(Text);
        await Assertions.Expect(reader.GetByText("Awaiting moderation", new() { Exact = true })).ToHaveCountAsync(0);
        Assert.Empty(App.ConsoleErrors);
    }
}
