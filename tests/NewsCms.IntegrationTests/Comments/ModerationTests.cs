using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

[Collection(SharedApp.Name)]
public sealed class ModerationTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Queue_lists_pending_comments_oldest_first_with_headline_name_text_and_age()
    {
        await App.AddCommentAsync(_articleId, "Ada", "Older <b>one</b>.", CommentStatus.Pending);
        await App.AddCommentAsync(_articleId, "Bob", "Newer one.", CommentStatus.Pending);
        await App.AddCommentAsync(_articleId, "Cy", "Already out.", CommentStatus.Approved);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        var document = await Html.ParseAsync(await moderator.GetStringAsync("/moderation"));

        var items = document.QuerySelectorAll(".queue-item");
        Assert.Equal(["Ada", "Bob"], items.Select(i => i.QuerySelector(".queue-item__author")!.Text()));
        Assert.Contains("North Korea Aids Russia", items[1].Text(), StringComparison.Ordinal);
        Assert.Contains("1 minute ago", items[1].Text(), StringComparison.Ordinal);
        Assert.Equal("Older <b>one</b>.", items[0].QuerySelector(".queue-item__text p")!.TextContent);
        Assert.Equal(["Approve", "Reject", "Spam", "Delete"], items[0].QuerySelectorAll("button").Select(b => b.Text()));
        var nav = document.QuerySelector("nav[aria-label=Moderation]")!.Text();
        Assert.Contains("Pending (2)", nav, StringComparison.Ordinal);
        Assert.Contains("Approved (1)", nav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_shows_the_comment_and_moves_the_count()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Worth reading.", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        Assert.Equal("Comments (0)", await HeadingAsync());

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "Approve" }, "/moderation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Comments (1)", await HeadingAsync());
        Assert.Contains("Worth reading.", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reject", CommentStatus.Rejected)]
    [InlineData("Spam", CommentStatus.Spam)]
    public async Task Rejecting_or_marking_spam_takes_an_approved_comment_off_the_page(string verb, CommentStatus expected)
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Was public.", CommentStatus.Approved);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        (await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = verb }, "/moderation?status=Approved")).Dispose();

        Assert.Equal(expected, Assert.Single(await App.CommentsAsync()).Status);
        Assert.Equal("Comments (0)", await HeadingAsync());
    }

    [Fact]
    public async Task Deleting_moves_the_comment_to_trash_and_its_replies_leave_the_page_with_it()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Parent.", CommentStatus.Approved);
        await App.AddCommentAsync(_articleId, "Bob", "Child.", CommentStatus.Approved, id);
        using var moderator = await App.SignedInClientAsync(Roles.Admin);

        (await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "Delete" }, "/moderation?status=Approved")).Dispose();

        Assert.Equal(CommentStatus.Trash, (await App.CommentsAsync()).Single(c => c.Id == id).Status);
        Assert.Equal("Comments (0)", await HeadingAsync());
        Assert.DoesNotContain("Child.", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_selection_approves_every_ticked_comment_and_records_each_action()
    {
        var a = await App.AddCommentAsync(_articleId, "Ada", "One.", CommentStatus.Pending);
        var b = await App.AddCommentAsync(_articleId, "Bob", "Two.", CommentStatus.Pending);
        var c = await App.AddCommentAsync(_articleId, "Cy", "Three.", CommentStatus.Pending);
        var staff = await App.CreateStaffAsync(Roles.Moderator);
        using var moderator = await App.SignedInClientAsync(staff);
        var page = await moderator.GetStringAsync("/moderation");
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", StaffSignIn.AntiforgeryToken(page)), new("verb", "Approve"), new("ids", $"{a}"), new("ids", $"{c}"),
        };

        using var response = await moderator.PostAsync("/moderation/comments", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Comments (2)", await HeadingAsync());
        var statuses = (await App.CommentsAsync()).ToDictionary(x => x.Id, x => x.Status);
        Assert.Equal(CommentStatus.Pending, statuses[b]);
        var log = await App.WithDbAsync(db => db.ModerationActions.OrderBy(x => x.CommentId).ToListAsync());
        Assert.Equal([a, c], log.Select(x => x.CommentId!.Value));
        Assert.All(log, x => Assert.Equal((staff.Id, ModerationVerb.Approve, App.Clock.GetUtcNow()), (x.ActorId, x.Verb, x.At)));
    }

    [Fact]
    public async Task Queue_filters_by_state_and_by_article()
    {
        await App.AddCommentAsync(_articleId, "Ada", "Spammy.", CommentStatus.Spam);
        await App.AddCommentAsync(_articleId, "Bob", "Pending.", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        var spam = await Html.ParseAsync(await moderator.GetStringAsync($"/moderation?status=Spam&article={_articleId}"));
        var none = await Html.ParseAsync(await moderator.GetStringAsync("/moderation?status=Pending&article=999999"));

        Assert.Equal("Ada", Assert.Single(spam.QuerySelectorAll(".queue-item__author")).Text());
        Assert.Empty(none.QuerySelectorAll(".queue-item"));
    }

    [Fact]
    public async Task Editor_closes_and_reopens_comments_and_both_are_recorded()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var page = $"/moderation/articles/{_articleId}";
        Assert.Contains("Close comments", await editor.GetStringAsync(page), StringComparison.Ordinal);

        (await editor.PostFormAsync($"{page}/comments/close", [], page)).Dispose();
        Assert.Contains("Comments are closed", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
        Assert.Contains("Reopen comments", await editor.GetStringAsync(page), StringComparison.Ordinal);

        (await editor.PostFormAsync($"{page}/comments/open", [], page)).Dispose();
        Assert.Contains("Post comment", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
        var log = await App.WithDbAsync(db => db.ModerationActions.OrderBy(x => x.Id).Select(x => x.Verb).ToListAsync());
        Assert.Equal([ModerationVerb.CloseComments, ModerationVerb.OpenComments], log);
    }

    private async Task<string> HeadingAsync() =>
        (await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html)).QuerySelector("#comments-heading")!.Text();
}
