using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>Issue 15, items 3–5 and 7–8: Reply as staff, edits kept in the log, what moderators see, Not spam, the menu count.</summary>
[Collection(SharedApp.Name)]
public sealed class StaffWritingTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Editor_replies_as_staff_to_a_pending_comment_and_both_are_public_at_once_with_a_staff_badge()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Is this confirmed?", CommentStatus.Pending);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var desk = await Html.ParseAsync(await editor.GetStringAsync($"/moderation/articles/{_articleId}"));
        Assert.Equal($"/moderation/comments/{id}/reply", desk.QuerySelectorAll("a").Single(a => a.Text() == "Reply as staff").GetAttribute("href"));

        using var response = await editor.PostFormAsync($"/moderation/comments/{id}/reply", new() { ["Input.Body"] = "Yes: two officials confirmed it." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);
        Assert.Equal("Comments (2)", page.QuerySelector("#comments-heading")!.Text());
        var staff = page.QuerySelector(".comment--staff")!;
        Assert.Contains("Yes: two officials confirmed it.", staff.Text(), StringComparison.Ordinal);
        Assert.Equal("Staff", staff.QuerySelector(".badge--staff")!.Text());
        Assert.Equal(App.Newsroom().Name, staff.QuerySelector(".comment__author")!.Text());
        var reply = (await App.CommentsAsync()).Single(c => c.IsStaffReply);
        Assert.Equal(id, reply.ParentId);
        Assert.StartsWith($"{Samples.SeedUrl}#comment-{reply.Id}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_reply_to_a_reply_joins_its_conversation()
    {
        var parent = await App.AddCommentAsync(_articleId, "Ada", "First.", CommentStatus.Approved);
        var child = await App.AddCommentAsync(_articleId, "Bob", "Second.", CommentStatus.Approved, parent);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        (await moderator.PostFormAsync($"/moderation/comments/{child}/reply", new() { ["Input.Body"] = "Thanks both." })).Dispose();

        Assert.Equal(parent, (await App.CommentsAsync()).Single(c => c.IsStaffReply).ParentId);
    }

    [Fact]
    public async Task Empty_staff_reply_is_refused_beside_the_field_and_nothing_is_stored()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Hello?", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}/reply", new() { ["Input.Body"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please write the text.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CommentStatus.Pending, Assert.Single(await App.CommentsAsync()).Status);
    }

    [Fact]
    public async Task Editing_a_comment_changes_the_public_text_and_keeps_the_original_in_the_log()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "My phone is 555-0100, call me.", CommentStatus.Approved);
        var staff = await App.CreateStaffAsync(Roles.Moderator);
        using var moderator = await App.SignedInClientAsync(staff);
        Assert.Contains("555-0100", await moderator.GetStringAsync($"/moderation/comments/{id}/edit"), StringComparison.Ordinal);

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}/edit", new() { ["Input.Body"] = "My phone is [removed], call me." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = (await App.GetAsync(Samples.SeedUrl)).Html;
        Assert.Contains("My phone is [removed], call me.", article, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0100", article, StringComparison.Ordinal);
        var log = await App.WithDbAsync(db => db.ModerationActions.SingleAsync());
        Assert.Equal((ModerationVerb.Edit, staff.Id, id, "My phone is 555-0100, call me."), (log.Verb, log.ActorId, log.CommentId!.Value, log.PreviousText));
    }

    [Fact]
    public async Task Moderators_see_the_senders_email_history_and_all_their_comments_and_readers_never_see_the_email()
    {
        await App.AddCommentAsync(_articleId, "Ada", "Approved one.", CommentStatus.Approved, email: "ada@example.com");
        await App.AddCommentAsync(_articleId, "Ada", "Rejected one.", CommentStatus.Rejected, email: "ada@example.com");
        await App.AddCommentAsync(_articleId, "Ada", "Spam one.", CommentStatus.Spam, email: "ada@example.com");
        await App.AddCommentAsync(_articleId, "Ada", "Waiting one.", CommentStatus.Pending, email: "ada@example.com");
        await App.AddCommentAsync(_articleId, "Bob", "Another sender.", CommentStatus.Pending, email: "bob@example.com");
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        var queue = await moderator.QueueAsync();
        var ada = queue.QuerySelectorAll(".queue-item").Single(i => i.QuerySelector(".queue-item__author")!.Text() == "Ada");
        var sender = ada.QuerySelector(".queue-item__sender")!;
        Assert.Contains("ada@example.com", sender.Text(), StringComparison.Ordinal);
        Assert.Contains("1 approved · 1 rejected · 1 spam", sender.Text(), StringComparison.Ordinal);
        var all = sender.QuerySelectorAll("a").Single(a => a.Text() == "All comments from this sender").GetAttribute("href")!;
        var history = await moderator.QueueAsync(all);

        Assert.Equal(4, history.Authors().Count(a => a == "Ada"));
        Assert.DoesNotContain("Bob", history.Authors());
        Assert.DoesNotContain("ada@example.com", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_spam_approves_the_comment_so_it_counts_toward_the_senders_trust()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Caught by mistake.", CommentStatus.Spam, email: "ada@example.com");
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        var spam = await moderator.QueueAsync("/moderation?status=Spam");
        Assert.Contains("Not spam", spam.QuerySelectorAll(".queue-item__actions button").Select(b => b.Text()));

        (await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "NotSpam" }, "/moderation?status=Spam")).Dispose();

        Assert.Equal(CommentStatus.Approved, Assert.Single(await App.CommentsAsync()).Status);
        Assert.Equal(ModerationVerb.NotSpam, (await App.WithDbAsync(db => db.ModerationActions.SingleAsync())).Verb);
        Assert.Contains("Comments (1)", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_menu_shows_how_many_comments_are_pending()
    {
        await App.AddCommentAsync(_articleId, "Ada", "One.", CommentStatus.Pending);
        await App.AddCommentAsync(_articleId, "Bob", "Two.", CommentStatus.Pending);
        await App.AddCommentAsync(_articleId, "Cy", "Out.", CommentStatus.Approved);
        using var admin = await App.SignedInClientAsync(Roles.Admin);

        var menu = (await Html.ParseAsync(await admin.GetStringAsync("/admin"))).QuerySelector("nav[aria-label=Newsroom]")!;

        Assert.Equal("Moderation (2)", menu.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "/moderation").Text());
    }
}
