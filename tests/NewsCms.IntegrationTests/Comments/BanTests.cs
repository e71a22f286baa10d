using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

[Collection(SharedApp.Name)]
public sealed class BanTests(NewsCmsApplication app) : IAsyncLifetime
{
    private int _articleId;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _articleId = (await app.ImportAsync(Samples.Seed)).Article!.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Banned_sender_is_refused_on_comments_and_replies()
    {
        using var reader = app.ReaderClient();
        (await app.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Nasty.", "troll@example.com"))).Dispose();
        var offending = Assert.Single(await app.CommentsAsync()).Id;
        var approved = await app.AddCommentAsync(_articleId, "Ada", "Fine.", CommentStatus.Approved);
        await BanAsync(offending, "Abuse", until: null);

        using var comment = await app.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Again.", "TROLL@example.com"));
        using var reply = await app.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Again.", "troll@example.com", approved));
        using var fromSameAddress = await app.PostCommentAsync(app.ReaderClient(), CommentPosting.Fields("New name", "No email this time."));

        Assert.Equal(HttpStatusCode.Forbidden, comment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, fromSameAddress.StatusCode);
        Assert.Equal(2, (await app.CommentsAsync()).Count);
        var ban = Assert.Single(await app.WithDbAsync(db => db.CommentBans.ToListAsync()));
        Assert.Equal(("troll@example.com", "Abuse"), (ban.Email, ban.Reason));
        Assert.Equal(ModerationVerb.Ban, Assert.Single(await app.WithDbAsync(db => db.ModerationActions.ToListAsync())).Verb);
    }

    [Fact]
    public async Task Expired_ban_no_longer_refuses()
    {
        using var reader = app.ReaderClient();
        (await app.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Nasty.", "troll@example.com"))).Dispose();
        var offending = Assert.Single(await app.CommentsAsync()).Id;
        var tomorrow = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        await BanAsync(offending, "Cool off", tomorrow);
        using var refused = await app.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Still here.", "troll@example.com"));

        app.Clock.Advance(TimeSpan.FromDays(3));
        using var accepted = await app.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Back, politely.", "troll@example.com"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Ban_needs_a_reason()
    {
        var id = await app.AddCommentAsync(_articleId, "Troll", "Nasty.", CommentStatus.Pending, email: "t@example.com");
        using var moderator = await app.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}/ban", new() { ["Input.Reason"] = "" }, $"/moderation/comments/{id}/ban");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give a reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.CommentBans.ToListAsync()));
    }

    private async Task BanAsync(int commentId, string reason, DateOnly? until)
    {
        using var moderator = await app.SignedInClientAsync(Roles.Moderator);
        var fields = new Dictionary<string, string> { ["Input.Reason"] = reason };
        if (until is not null)
            fields["Input.Until"] = until.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await moderator.PostFormAsync($"/moderation/comments/{commentId}/ban", fields, $"/moderation/comments/{commentId}/ban");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
