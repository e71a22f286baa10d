using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests.Desk;

/// <summary>Issue 14: every way back and every confirmation as a person does them, and two people exchanging notes.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DeskWayBackJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Headline = "Council approves the riverside park";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Reporter_withdraws_a_submission_and_can_edit_it_again()
    {
        var reporter = await SignInAsync(await App.CreateStaffAsync(Roles.Reporter));
        var id = await NewStoryAsync(reporter, "Submit for review");

        await reporter.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();

        await Assertions.Expect(reporter.GetByRole(AriaRole.Status).First).ToContainTextAsync("Withdrawn");
        await Assertions.Expect(reporter.GetByRole(AriaRole.Button, new() { Name = "Save draft" })).ToBeVisibleAsync();
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
        NoConsoleErrors();
    }

    [Fact]
    public async Task Archive_asks_in_the_dialog_and_Restore_from_archive_brings_the_story_back_as_a_draft()
    {
        var editor = await SignInAsync(await App.CreateStaffAsync(Roles.Editor));
        var id = await NewStoryAsync(editor, "Save draft");

        await editor.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Are you sure you want to archive");
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Archive", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("rchived");
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(id)).Status);

        await editor.GetByRole(AriaRole.Button, new() { Name = "Restore from archive" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("Restored from the archive");
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
        NoConsoleErrors();
    }

    [Fact]
    public async Task Unschedule_turns_a_scheduled_story_back_into_a_draft_and_the_activity_log_names_it()
    {
        var admin = await SignInAsync(await App.CreateStaffAsync(Roles.Admin));
        await admin.GotoAsync("/admin/articles/new");
        await admin.GetByLabel("Headline").FillAsync(Headline);
        await admin.GetByLabel("Body").FillAsync("The council voted on Tuesday.");
        await admin.GetByLabel("Publish at", new() { Exact = true })
            .FillAsync(ArticleEditing.LocalInput(DateTime.Now.AddDays(3)));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Assertions.Expect(admin).ToHaveURLAsync(new Regex(@"/admin/articles/\d+/edit$"));
        var id = IdOf(admin);
        await Assertions.Expect(admin.GetByText("Goes out")).ToBeVisibleAsync();
        Assert.Equal(ArticleStatus.Scheduled, (await App.ArticleAsync(id)).Status);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Unschedule" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status).First).ToContainTextAsync("Unscheduled");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Save draft" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByText("Goes out")).ToHaveCountAsync(0);
        var story = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, story.Status);
        Assert.Null(story.ScheduledAt);

        await admin.GotoAsync($"/admin/activity?article={id}");
        await Assertions.Expect(admin.Locator("tr.activity__row[data-action=Unscheduled]")).ToHaveCountAsync(1);
        NoConsoleErrors();
    }

    [Fact]
    public async Task Restore_revision_asks_in_the_dialog_and_the_editor_then_shows_the_first_text()
    {
        var editor = await SignInAsync(await App.CreateStaffAsync(Roles.Editor));
        var id = await NewStoryAsync(editor, "Save draft");
        await editor.GetByLabel("Body").FillAsync("The council postponed the vote.");
        await editor.RunAndWaitForResponseAsync(
            () => editor.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.EndsWith($"/admin/articles/{id}/edit", StringComparison.Ordinal));
        Assert.Equal("The council postponed the vote.", (await App.ArticleAsync(id)).BodyMarkdown);

        await editor.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await Assertions.Expect(editor).ToHaveURLAsync(new Regex($@"/admin/articles/{id}/history$"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Restore revision 1", Exact = true }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Are you sure you want to restore this revision");
        Assert.Equal("The council postponed the vote.", (await App.ArticleAsync(id)).BodyMarkdown);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Restore revision", Exact = true }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("The revision was restored");
        Assert.Equal("The council voted on Tuesday.", (await App.ArticleAsync(id)).BodyMarkdown);
        await editor.GotoAsync($"/admin/articles/{id}/edit");
        await Assertions.Expect(editor.GetByLabel("Body")).ToHaveValueAsync("The council voted on Tuesday.");
        NoConsoleErrors();
    }

    [Fact]
    public async Task Editor_archives_every_story_on_the_page_at_once_after_the_dialog()
    {
        var editor = await SignInAsync(await App.CreateStaffAsync(Roles.Editor));
        var first = await NewStoryAsync(editor, "Save draft", "Bridge reopens after repairs");
        var second = await NewStoryAsync(editor, "Save draft", "Mayor answers questions");
        await editor.GotoAsync("/admin/articles");

        await editor.GetByLabel("Select every story on this page").CheckAsync();
        await Assertions.Expect(editor.GetByLabel("Select Mayor answers questions")).ToBeCheckedAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Archive selected" }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("2 stories");
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(first)).Status);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Archive selected" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("2 archived.");
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(first)).Status);
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(second)).Status);
        NoConsoleErrors();
    }

    [Fact]
    public async Task Editor_moves_the_ticked_stories_to_a_section_after_the_dialog()
    {
        var politics = await App.AddSectionAsync("Politics", "politics");
        var editor = await SignInAsync(await App.CreateStaffAsync(Roles.Editor));
        var first = await NewStoryAsync(editor, "Save draft", "Bridge reopens after repairs");
        var second = await NewStoryAsync(editor, "Save draft", "Mayor answers questions");
        await editor.GotoAsync("/admin/articles");

        await editor.GetByLabel("Select Bridge reopens after repairs").CheckAsync();
        await editor.GetByLabel("Select Mayor answers questions").CheckAsync();
        await editor.GetByLabel("Move the selected stories to").SelectOptionAsync(new SelectOptionValue { Label = "Politics" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Move to section" }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Move to section: 2 stories?");
        Assert.Null((await App.ArticleAsync(first)).SectionId);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Move to section" }).ClickAsync();

        await Assertions.Expect(editor.GetByRole(AriaRole.Status).First).ToContainTextAsync("2 moved.");
        Assert.Equal(politics, (await App.ArticleAsync(first)).SectionId);
        Assert.Equal(politics, (await App.ArticleAsync(second)).SectionId);
        NoConsoleErrors();
    }

    [Fact]
    public async Task Two_people_exchange_notes_with_mentions_and_each_bell_counts_after_a_reload()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        var reporter = await SignInAsync(reporterAccount);
        var editor = await SignInAsync(editorAccount);
        var reporterSlug = await SlugAsync(reporterAccount.Id);
        var editorSlug = await SlugAsync(editorAccount.Id);
        var id = await NewStoryAsync(reporter, "Save draft");

        await editor.GotoAsync($"/admin/articles/{id}/edit");
        await editor.GetByLabel("Note").FillAsync($"@{reporterSlug} can you call the mayor's office?");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Region, new() { Name = "Discussion" })).ToContainTextAsync("call the mayor's office");

        await reporter.ReloadAsync();
        await reporter.GetByRole(AriaRole.Link, new() { Name = "Notifications, 1 unread" }).ClickAsync();
        await reporter.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("mentioned you|mentions you", RegexOptions.IgnoreCase) }).First.ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Discussion" })).ToContainTextAsync("call the mayor's office");
        await reporter.GetByLabel("Note").FillAsync($"@{editorSlug} done: the office confirms the vote.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(reporter.GetByRole(AriaRole.Region, new() { Name = "Discussion" })).ToContainTextAsync("the office confirms the vote");

        await editor.ReloadAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Link, new() { Name = "Notifications, 1 unread" })).ToBeVisibleAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Region, new() { Name = "Discussion" })).ToContainTextAsync("the office confirms the vote");
        NoConsoleErrors();
    }

    private static async Task<int> NewStoryAsync(IPage page, string button, string headline = Headline)
    {
        await page.GotoAsync("/admin/articles/new");
        await page.GetByLabel("Headline").FillAsync(headline);
        await page.GetByLabel("Body").FillAsync("The council voted on Tuesday.");
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/admin/articles/\d+/edit$"));
        return IdOf(page);
    }

    private static int IdOf(IPage page) => int.Parse(page.Url.Split('/')[^2], CultureInfo.InvariantCulture);

    private Task<string> SlugAsync(string userId) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.AuthorSlug).SingleAsync());

    private void NoConsoleErrors() => Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));

    private Task<IPage> SignInAsync(StaffMember staff) => App.SignedInAsync(staff, "/admin");
}
