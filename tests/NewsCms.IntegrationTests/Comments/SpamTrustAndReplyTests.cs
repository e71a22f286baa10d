using System.Net;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

[Collection(SharedApp.Name)]
public sealed class SpamTrustAndReplyTests(NewsCmsApplication app) : AppTest(app)
{
    private const string OtherUrl = "/2023/10/14/a-different-story-on-the-same-day";
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Filled_honeypot_goes_to_spam_and_the_sender_sees_the_usual_message()
    {
        using var reader = App.ReaderClient();
        var fields = CommentPosting.Fields("Bot", "Buy now.");
        fields["Input.Website"] = "http://spam.example";

        using var response = await App.PostCommentAsync(reader, fields);

        Assert.Equal($"{Samples.SeedUrl}?comment=posted#comments", response.Headers.Location!.OriginalString);
        Assert.Equal(CommentStatus.Spam, Assert.Single(await App.CommentsAsync()).Status);
    }

    [Fact]
    public async Task Form_sent_faster_than_a_person_types_goes_to_spam()
    {
        using var reader = App.ReaderClient();

        (await App.PostCommentAsync(reader, CommentPosting.Fields("Bot", "Instant."), pause: false)).Dispose();

        Assert.Equal(CommentStatus.Spam, Assert.Single(await App.CommentsAsync()).Status);
    }

    [Fact]
    public async Task Comment_with_more_links_than_allowed_goes_to_spam()
    {
        using var reader = App.ReaderClient();

        (await App.PostCommentAsync(reader, CommentPosting.Fields("Linky", "http://a.example http://b.example www.c.example"))).Dispose();

        Assert.Equal(CommentStatus.Spam, Assert.Single(await App.CommentsAsync()).Status);
    }

    // A trusted commenter skipping the queue, and a stranger typing their address not: Security/CommentTrustTests.

    [Fact]
    public async Task Reply_to_an_approved_comment_is_stored_under_it()
    {
        var parent = await App.AddCommentAsync(_articleId, "Ada", "First.", CommentStatus.Approved);
        using var reader = App.ReaderClient();
        var replyPage = await reader.GetStringAsync($"{Samples.SeedUrl}/comments/reply/{parent}");
        Assert.Contains("Reply to Ada", replyPage, StringComparison.Ordinal);

        using var response = await App.PostCommentAsync(reader, CommentPosting.Fields("Bob", "A reply.", parentId: parent));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(parent, (await App.CommentsAsync()).Last().ParentId);
    }

    [Theory]
    [InlineData(CommentStatus.Pending)]
    [InlineData(CommentStatus.Rejected)]
    [InlineData(CommentStatus.Spam)]
    public async Task Reply_to_a_comment_that_is_not_approved_is_refused_with_a_reason(CommentStatus status)
    {
        var parent = await App.AddCommentAsync(_articleId, "Ada", "Not public.", status);

        await AssertReplyRefusedAsync(parent, "not published");
    }

    [Fact]
    public async Task Reply_to_a_comment_of_another_article_is_refused_with_a_reason()
    {
        var other = (await App.ImportAsync(Samples.Seed.Replace(
            "North Korea Aids Russia in Ukraine War with Munitions Supply", "A different story on the same day", StringComparison.Ordinal))).Article!.Id;
        var parent = await App.AddCommentAsync(other, "Ada", "Elsewhere.", CommentStatus.Approved);
        Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(OtherUrl)).Status);

        await AssertReplyRefusedAsync(parent, "not on this article");
    }

    [Fact]
    public async Task Reply_to_a_reply_is_refused()
    {
        var parent = await App.AddCommentAsync(_articleId, "Ada", "First.", CommentStatus.Approved);
        var reply = await App.AddCommentAsync(_articleId, "Bob", "Second.", CommentStatus.Approved, parent);

        await AssertReplyRefusedAsync(reply, "one level");
    }

    private async Task AssertReplyRefusedAsync(int parentId, string reason)
    {
        var before = (await App.CommentsAsync()).Count;
        using var reader = App.ReaderClient();

        using var response = await App.PostCommentAsync(reader, CommentPosting.Fields("Bob", "A reply.", parentId: parentId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, document.QuerySelector("[data-valmsg-for='Input.ParentId']")!.Text(), StringComparison.Ordinal);
        Assert.Equal(before, (await App.CommentsAsync()).Count);
    }
}
