using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>The dashboard's desk panels: scheduled in the next 7 days, sent back to me, waiting longest in review.</summary>
[Collection(SharedApp.Name)]
public sealed class DashboardPanelTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task The_dashboard_shows_the_desk_panels_by_name()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        var page = await reporter.PageAsync("/admin");

        var titles = page.QuerySelectorAll(".dashboard section h2").Select(h => h.Text()).ToList();
        Assert.Contains("Scheduled in the next 7 days", titles);
        Assert.Contains("Sent back to me", titles);
        Assert.Contains("Waiting longest in review", titles);
        Assert.Equal("Nothing here.", page.QuerySelector("section[aria-labelledby=list-sent-back-to-me] .empty")!.Text());
    }

    [Fact]
    public async Task Scheduled_shows_what_goes_out_within_7_days_soonest_first()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await ScheduleAsync(editor, "Goes out in six days", TimeSpan.FromDays(6));
        await ScheduleAsync(editor, "Goes out in two hours", TimeSpan.FromHours(2));
        await ScheduleAsync(editor, "Goes out in eight days", TimeSpan.FromDays(8));

        Assert.Equal(["Goes out in two hours", "Goes out in six days"], await PanelAsync(editor, "list-scheduled-in-the-next-7-days"));
    }

    [Fact]
    public async Task Sent_back_shows_my_stories_returned_to_me_until_I_submit_them_again()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        using var colleague = await App.SignedInClientAsync(Roles.Reporter);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var returned = await reporter.SubmittedStoryAsync("Needs a second source");
        var withdrawn = await reporter.SubmittedStoryAsync("Withdrawn by me");
        var theirs = await colleague.SubmittedStoryAsync("A colleague's story");
        await editor.WayBackAsync(returned, "send-back", "Check the vote count.", EditUrl(returned));
        await editor.WayBackAsync(theirs, "send-back", "Check the spelling.", EditUrl(theirs));
        await reporter.WayBackAsync(withdrawn, "withdraw", formPage: EditUrl(withdrawn));

        Assert.Equal(["Needs a second source"], await PanelAsync(reporter, "list-sent-back-to-me"));
        Assert.Equal(["A colleague's story"], await PanelAsync(colleague, "list-sent-back-to-me"));

        await reporter.PressOkAsync(EditUrl(returned), "SaveDraft", Story("Needs a second source"));
        Assert.Equal(["Needs a second source"], await PanelAsync(reporter, "list-sent-back-to-me"));

        await reporter.PressOkAsync(EditUrl(returned), "Submit", Story("Needs a second source"));
        Assert.Empty(await PanelAsync(reporter, "list-sent-back-to-me"));
    }

    [Fact]
    public async Task Waiting_longest_lists_stories_in_review_oldest_submission_first()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var oldest = await reporter.SubmittedStoryAsync("Submitted first");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await reporter.SubmittedStoryAsync("Submitted second");
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await reporter.SubmittedStoryAsync("Submitted third");
        await reporter.NewDraftAsync(Story("Still a draft"));
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        // An editor's touch-up while it waits does not send it to the back of the queue.
        await editor.PressOkAsync(EditUrl(oldest), "SaveDraft", Story("Submitted first"));

        Assert.Equal(["Submitted first", "Submitted second", "Submitted third"], await PanelAsync(editor, "list-waiting-longest-in-review"));
    }

    private async Task ScheduleAsync(HttpClient editor, string headline, TimeSpan fromNow)
    {
        var id = await editor.NewDraftAsync(Story(headline));
        var at = App.Newsroom().ToLocal(App.Clock.GetUtcNow().Add(fromNow)).DateTime;
        await editor.PressOkAsync(EditUrl(id), "Schedule", new Dictionary<string, string>(Story(headline)) { ["PublishAt"] = LocalInput(at) });
    }

    private static async Task<List<string>> PanelAsync(HttpClient client, string panel) =>
        (await client.PageAsync("/admin")).QuerySelectorAll($"section[aria-labelledby={panel}] li > a").Select(a => a.Text()).ToList();
}
