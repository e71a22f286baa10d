using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>Issue 15, item 6: /moderation/bans lists who, why, until when and by whom; Lift ban; ban by email, address or both.</summary>
[Collection(SharedApp.Name)]
public sealed class BanListTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Bans_page_lists_who_why_until_and_by_whom_and_Lift_ban_lets_the_sender_back()
    {
        await App.ImportAsync(Samples.Seed);
        using var reader = App.ReaderClient();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Nasty.", "troll@example.com"))).Dispose();
        var offending = Assert.Single(await App.CommentsAsync()).Id;
        var staff = await App.CreateStaffAsync(Roles.Moderator);
        using var moderator = await App.SignedInClientAsync(staff);
        var until = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime).AddDays(10);
        (await moderator.PostFormAsync($"/moderation/comments/{offending}/ban", new() { ["Input.Reason"] = "Abuse", ["Input.Until"] = until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, $"/moderation/comments/{offending}/ban")).Dispose();

        var row = (await Html.ParseAsync(await moderator.GetStringAsync("/moderation/bans"))).QuerySelector("tbody tr")!.Text();
        Assert.Contains("troll@example.com", row, StringComparison.Ordinal);
        Assert.Contains("Abuse", row, StringComparison.Ordinal);
        Assert.Contains(until.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")), row, StringComparison.Ordinal);
        Assert.Contains(await App.WithDbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.DisplayName).SingleAsync()), row, StringComparison.Ordinal);
        using (var refused = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Again.", "troll@example.com")))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var banId = await App.WithDbAsync(db => db.CommentBans.Select(b => b.Id).SingleAsync());

        using var lift = await moderator.PostFormAsync($"/moderation/bans/{banId}/lift", [], "/moderation/bans");

        Assert.Equal(HttpStatusCode.Redirect, lift.StatusCode);
        Assert.Contains("No one is banned.", await moderator.GetStringAsync("/moderation/bans"), StringComparison.Ordinal);
        using var accepted = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Sorry.", "troll@example.com"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var ban = await App.WithDbAsync(db => db.CommentBans.SingleAsync());
        Assert.Equal(staff.Id, ban.LiftedBy);
        Assert.Contains(ModerationVerb.LiftBan, await App.WithDbAsync(db => db.ModerationActions.Select(a => a.Verb).ToListAsync()));
    }

    [Fact]
    public async Task Ban_by_email_only_leaves_the_address_free_for_other_senders()
    {
        await App.ImportAsync(Samples.Seed);
        using var reader = App.ReaderClient();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Nasty.", "troll@example.com"))).Dispose();
        var offending = Assert.Single(await App.CommentsAsync()).Id;
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        (await moderator.PostFormAsync($"/moderation/comments/{offending}/ban", new() { ["Input.Reason"] = "Abuse", ["Input.ByEmail"] = "true", ["Input.ByAddress"] = "false" }, $"/moderation/comments/{offending}/ban")).Dispose();

        var ban = await App.WithDbAsync(db => db.CommentBans.SingleAsync());
        Assert.Equal(("troll@example.com", null), (ban.Email, ban.IpHash));
        using var sameEmail = await App.PostCommentAsync(reader, CommentPosting.Fields("Troll", "Again.", "troll@example.com"));
        using var sameAddress = await App.PostCommentAsync(App.ReaderClient(), CommentPosting.Fields("Neighbour", "Hello.", "n@example.com"));
        Assert.Equal(HttpStatusCode.Forbidden, sameEmail.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sameAddress.StatusCode);
    }

    [Fact]
    public async Task Ban_needs_the_email_or_the_address_ticked()
    {
        var articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
        var id = await App.AddCommentAsync(articleId, "Troll", "Nasty.", CommentStatus.Pending, email: "t@example.com");
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}/ban", new() { ["Input.Reason"] = "Abuse", ["Input.ByEmail"] = "false", ["Input.ByAddress"] = "false" }, $"/moderation/comments/{id}/ban");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ban the email address, the network address, or both.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await App.WithDbAsync(db => db.CommentBans.ToListAsync()));
    }

    [Fact]
    public async Task Lifting_a_ban_that_does_not_exist_is_not_found()
    {
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.PostFormAsync("/moderation/bans/424242/lift", [], "/account/login");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
