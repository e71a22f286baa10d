using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Desk;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>Editorial notes beside the editor (never public) and the bell that tells colleagues what concerns them.</summary>
[Collection(SharedApp.Name)]
public sealed class NotesAndNotificationsTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task A_note_appears_in_the_thread_with_who_and_when()
    {
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        using var editor = await App.SignedInClientAsync(editorAccount);
        var id = await editor.NewDraftAsync(Story());
        var page = await editor.PageAsync(EditUrl(id));
        Assert.Equal("Note", page.LabelText("Note"));
        Assert.Contains("Add note", page.ButtonTexts());

        using var response = await editor.AddNoteAsync(id, "Photo desk has pictures from the vote.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var thread = (await editor.PageAsync(EditUrl(id))).QuerySelector("#notes")!;
        var note = Assert.Single(thread.QuerySelectorAll(".note"));
        Assert.Contains("Photo desk has pictures from the vote.", note.TextContent, StringComparison.Ordinal);
        Assert.Contains(await DisplayNameAsync(editorAccount.Id), note.TextContent, StringComparison.Ordinal);
        Assert.NotNull(note.QuerySelector("time"));
    }

    [Fact]
    public async Task An_empty_note_is_refused_beside_the_field()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());

        using var response = await editor.AddNoteAsync(id, " ");

        Assert.Equal("Write the note.", (await response.DocumentAsync()).ReasonBeside("Note"));
        Assert.Empty(await App.NotesOfAsync(id));
    }

    [Fact]
    public async Task A_reporter_cannot_add_a_note_to_a_colleagues_story()
    {
        using var author = await App.SignedInClientAsync(Roles.Reporter);
        using var colleague = await App.SignedInClientAsync(Roles.Reporter);
        var id = await author.NewDraftAsync(Story());

        using var response = await colleague.PostFormAsync($"/admin/articles/{id}/notes", new() { ["Note"] = "Mine now." }, "/account/login");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await App.NotesOfAsync(id));
    }

    [Fact]
    public async Task A_mention_notifies_the_colleague_and_the_bell_counts_it_until_the_page_is_read()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        var id = await editor.NewDraftAsync(Story());
        var slug = await App.WithDbAsync(db => db.Users.Where(u => u.Id == reporterAccount.Id).Select(u => u.AuthorSlug).SingleAsync());

        (await editor.AddNoteAsync(id, $"@{slug} can you call the mayor's office?")).Dispose();

        Assert.Equal("1", Bell(await reporter.PageAsync("/admin")));
        var list = await reporter.PageAsync("/admin/notifications");
        var item = Assert.Single(list.QuerySelectorAll(".notification"));
        Assert.Contains("can you call the mayor's office?", item.TextContent, StringComparison.Ordinal);
        Assert.Equal(EditUrl(id), item.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(item.QuerySelector(".notification__new"));
        Assert.Equal("0", Bell(await reporter.PageAsync("/admin")));
    }

    [Fact]
    public async Task Editors_hear_a_story_entered_review_and_its_reporter_hears_it_was_published()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        using var editor = await App.SignedInClientAsync(editorAccount);

        var id = await reporter.SubmittedStoryAsync();
        await editor.PressOkAsync(EditUrl(id), "Publish", Story());

        Assert.Equal([NotificationKind.EnteredReview], (await App.NotificationsOfAsync(editorAccount.Id)).Select(n => n.Kind));
        Assert.Equal([NotificationKind.Published], (await App.NotificationsOfAsync(reporterAccount.Id)).Select(n => n.Kind));
    }

    [Fact]
    public async Task The_reporter_hears_their_scheduled_story_went_out()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await App.SettlePublisherAsync();
        var id = await reporter.SubmittedStoryAsync();
        var at = App.Newsroom().ToLocal(App.Clock.GetUtcNow().AddHours(1)).DateTime;
        await editor.PressOkAsync(EditUrl(id), "Schedule", new Dictionary<string, string>(Story()) { ["PublishAt"] = LocalInput(at) });

        await App.Publisher().RunAfterAsync(() => App.Clock.Advance(TimeSpan.FromHours(2)), run => run?.Published.Contains(id) == true);

        var notice = Assert.Single(await App.NotificationsOfAsync(reporterAccount.Id));
        Assert.Equal(NotificationKind.ScheduledWentOut, notice.Kind);
    }

    [Fact]
    public async Task Notes_never_reach_the_public_site_feeds_or_search()
    {
        const string Secret = "Lawyerscheck7731 before we name the contractor.";
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        (await editor.AddNoteAsync(id, Secret)).Dispose();
        var url = ScheduleTestKit.UrlOf(await App.ArticleAsync(id));
        using var reader = App.CreatePlainClient();

        foreach (var page in new[] { url, "/", "/feed.xml", "/atom.xml", "/sitemap.xml", "/news-sitemap.xml" })
        {
            using var response = await reader.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Lawyerscheck7731", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The search page repeats the query itself; what matters is that the note's words find nothing.
        Assert.DoesNotContain("Council approves the riverside park", await reader.GetStringAsync("/search?q=Lawyerscheck7731"), StringComparison.Ordinal);
        Assert.Contains("Council approves the riverside park", await reader.GetStringAsync("/search?q=riverside"), StringComparison.Ordinal);
    }

    private static string Bell(IDocument page) => page.QuerySelector(".bell__count")!.TextContent;

    private Task<string> DisplayNameAsync(string userId) =>
        App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync());
}
