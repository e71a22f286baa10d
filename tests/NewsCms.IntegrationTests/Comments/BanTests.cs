using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

[Collection(SharedApp.Name)]
public sealed class BanTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Banned_sender_is_refused_on_comments_and_replies()
    {
        using var reader = App.ReaderClient();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Nasty.", "troll@example.com"))).Dispose();
        var offending = Assert.Single(await App.CommentsAsync()).Id;
        var approved = await App.AddCommentAsync(_articleId, "Ada", "Fine.", CommentStatus.Approved);
        await BanAsync(offending, "Abuse", until: null);

        using var comment = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Again.", "TROLL@example.com"));
        using var reply = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Again.", "troll@example.com", approved));
        using var fromSameAddress = await App.PostCommentAsync(App.ReaderClient(), CommentPosting.Fields("New name", "No email this time."));

        Assert.Equal(HttpStatusCode.Forbidden, comment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromSameAddress.StatusCode);
        Assert.Equal(2, (await App.CommentsAsync()).Count);
        var ban = Assert.Single(await App.WithDbAsync(db => db.CommentBans.ToListAsync()));
        Assert.Equal(("troll@example.com", "Abuse"), (ban.Email, ban.Reason));
        Assert.Equal(ModerationVerb.Ban, Assert.Single(await App.WithDbAsync(db => db.ModerationActions.ToListAsync())).Verb);
    }

    [Fact]
    public async Task Expired_ban_no_longer_refuses()
    {
        using var reader = App.ReaderClient();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Nasty.", "troll@example.com"))).Dispose();
        var offending = Assert.Single(await App.CommentsAsync()).Id;
        var tomorrow = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        await BanAsync(offending, "Cool off", tomorrow);
        using var refused = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Still here.", "troll@example.com"));

        App.Clock.Advance(TimeSpan.FromDays(3));
        using var accepted = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Back, politely.", "troll@example.com"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Ban_needs_a_reason()
    {
        var id = await App.AddCommentAsync(_articleId, "Troll", "Nasty.", CommentStatus.Pending, email: "t@example.com");
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}/ban", new() { ["Input.Reason"] = "" }, $"/moderation/comments/{id}/ban");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give a reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await App.WithDbAsync(db => db.CommentBans.ToListAsync()));
    }

    private async Task BanAsync(int commentId, string reason, DateOnly? until)
    {
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        var fields = new Dictionary<string, string> { ["Input.Reason"] = reason };
        if (until is not null)
            fields["Input.Until"] = until.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await moderator.PostFormAsync($"/moderation/comments/{commentId}/ban", fields, $"/moderation/comments/{commentId}/ban");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
