using System.Net;
using NewsCms.Core.Articles;
using NewsCms.Core.Desk;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>Send back, Withdraw, Unschedule, Restore from archive: each goes back to Draft, is logged, and is refused to the wrong person or state.</summary>
[Collection(SharedApp.Name)]
public sealed class WaysBackTests(NewsCmsApplication app) : AppTest(app)
{
    private const string Note = "Needs a second source for the vote count.";

    [Fact]
    public async Task Editor_sends_back_a_story_in_review_with_a_note_the_reporter_reads_and_can_edit_again()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        using var editor = await App.SignedInClientAsync(editorAccount);
        var id = await reporter.SubmittedStoryAsync();
        Assert.Contains("Send back", (await editor.PageAsync(EditUrl(id))).ButtonTexts());

        using var response = await editor.WayBackAsync(id, "send-back", Note, EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
        var entry = await App.LastLogEntryAsync(id);
        Assert.Equal(ActivityAction.SentBack, entry!.Action);
        Assert.Equal(editorAccount.Id, entry.ActorId);
        Assert.Contains(Note, entry.Detail, StringComparison.Ordinal);
        var page = await reporter.PageAsync(EditUrl(id));
        Assert.Contains(Note, page.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Save draft", page.Buttons());
        var notice = Assert.Single(await App.NotificationsOfAsync(reporterAccount.Id), n => n.Kind == NotificationKind.SentBack);
        Assert.Contains(Note, notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_back_without_a_note_is_refused_beside_the_field_and_changes_nothing()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await reporter.SubmittedStoryAsync();

        using var response = await editor.WayBackAsync(id, "send-back", "  ", EditUrl(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Write the note.", (await response.DocumentAsync()).ReasonBeside("Note"), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.InReview, (await App.ArticleAsync(id)).Status);
        Assert.Empty(await App.NotesOfAsync(id));
    }

    [Fact]
    public async Task Reporter_withdraws_their_own_submission()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        var id = await reporter.SubmittedStoryAsync();
        Assert.Contains("Withdraw", (await reporter.PageAsync(EditUrl(id))).ButtonTexts());

        using var response = await reporter.WayBackAsync(id, "withdraw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
        var entry = await App.LastLogEntryAsync(id);
        Assert.Equal((ActivityAction.Withdrawn, reporterAccount.Id), (entry!.Action, entry.ActorId));
    }

    [Fact]
    public async Task Editor_unschedules_a_scheduled_story()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());
        var at = LocalInput(App.Newsroom().ToLocal(App.Clock.GetUtcNow().AddDays(1)).DateTime);
        await editor.PressOkAsync(EditUrl(id), "Schedule", new Dictionary<string, string>(Story()) { ["PublishAt"] = at });
        Assert.Contains("Unschedule", (await editor.PageAsync(EditUrl(id))).ButtonTexts());

        using var response = await editor.WayBackAsync(id, "unschedule");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await App.ArticleAsync(id);
        Assert.Equal((ArticleStatus.Draft, (DateTimeOffset?)null), (article.Status, article.ScheduledAt));
        Assert.Equal(ActivityAction.Unscheduled, (await App.LastLogEntryAsync(id))!.Action);
    }

    [Fact]
    public async Task Editor_restores_an_archived_story_as_a_draft()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        await editor.PressOkAsync(EditUrl(id), "Archive", Story());
        Assert.Contains("Restore from archive", (await editor.PageAsync(EditUrl(id))).ButtonTexts());

        using var response = await editor.WayBackAsync(id, "restore-from-archive");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
        Assert.Equal(ActivityAction.RestoredFromArchive, (await App.LastLogEntryAsync(id))!.Action);
        Assert.Contains("Save draft", (await editor.PageAsync(EditUrl(id))).Buttons());
    }

    [Theory]
    [InlineData(Roles.Reporter, "send-back")]
    [InlineData(Roles.Editor, "withdraw")]
    [InlineData(Roles.Moderator, "send-back")]
    public async Task The_wrong_role_is_refused_on_a_story_in_review_and_nothing_changes(string role, string way)
    {
        using var author = await App.SignedInClientAsync(Roles.Reporter);
        using var other = await App.SignedInClientAsync(role);
        var id = await author.SubmittedStoryAsync();

        using var response = await other.WayBackAsync(id, way, Note, "/account/login");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await App.ArticleAsync(id)).Status);
        Assert.Equal(ActivityAction.Submitted, (await App.LastLogEntryAsync(id))!.Action);
        Assert.Empty(await App.NotesOfAsync(id));
    }

    [Fact]
    public async Task Another_reporter_cannot_withdraw_a_colleagues_submission()
    {
        using var author = await App.SignedInClientAsync(Roles.Reporter);
        using var colleague = await App.SignedInClientAsync(Roles.Reporter);
        var id = await author.SubmittedStoryAsync();

        using var response = await colleague.WayBackAsync(id, "withdraw");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await App.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task A_reporter_cannot_unschedule_or_restore_from_archive()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var archived = await editor.NewDraftAsync(Story());
        await editor.PressOkAsync(EditUrl(archived), "Archive", Story());

        using var restore = await reporter.WayBackAsync(archived, "restore-from-archive");

        Assert.Equal(HttpStatusCode.Forbidden, restore.StatusCode);
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(archived)).Status);
    }

    [Theory]
    [InlineData("send-back")]
    [InlineData("withdraw")]
    [InlineData("unschedule")]
    [InlineData("restore-from-archive")]
    public async Task A_way_back_from_the_wrong_state_is_refused_and_changes_nothing(string way)
    {
        // A published story is in none of the states a way back starts from.
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await reporter.SubmittedStoryAsync();
        await editor.PressOkAsync(EditUrl(id), "Publish", Story());

        using var byEditor = await editor.WayBackAsync(id, way, Note);
        using var byReporter = await reporter.WayBackAsync(id, way, Note);

        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(id)).Status);
        Assert.Equal(ActivityAction.Published, (await App.LastLogEntryAsync(id))!.Action);
    }
}
