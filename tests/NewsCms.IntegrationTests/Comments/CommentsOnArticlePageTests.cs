using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

[Collection(SharedApp.Name)]
public sealed class CommentsOnArticlePageTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Only_approved_comments_are_shown_and_counted()
    {
        await AddCommentAsync("Ada", "Approved and visible.", CommentStatus.Approved);
        await AddCommentAsync("Bob", "Still waiting in the queue.", CommentStatus.Pending);
        await AddCommentAsync("Eve", "Rejected text.", CommentStatus.Rejected);
        await AddCommentAsync("Mal", "Spam text.", CommentStatus.Spam);

        var document = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        Assert.Equal("Comments (1)", document.QuerySelector("#comments-heading")!.Text());
        var comments = document.QuerySelectorAll(".comment");
        Assert.Equal("Approved and visible.", Assert.Single(comments).QuerySelector("p")!.Text());
        Assert.DoesNotContain("Still waiting", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Rejected text", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Spam text", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_comment_comes_back_encoded_and_identical()
    {
        const string Hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> & \"quotes\"";
        await AddCommentAsync("<b>Name</b>", Hostile, CommentStatus.Approved);

        var (_, html) = await App.GetAsync(Samples.SeedUrl);
        var comment = (await Html.ParseAsync(html)).QuerySelector(".comment")!;

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Empty(comment.QuerySelectorAll("script, img, b"));
        Assert.Equal(Hostile, comment.QuerySelector("p")!.TextContent);
        Assert.Equal("<b>Name</b>", comment.QuerySelector(".comment__author")!.TextContent);
    }

    [Fact]
    public async Task Replies_sit_under_their_comment_and_are_counted()
    {
        var parent = await AddCommentAsync("Ada", "First.", CommentStatus.Approved);
        await AddCommentAsync("Bob", "A reply.", CommentStatus.Approved, parent);

        var document = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        Assert.Equal("Comments (2)", document.QuerySelector("#comments-heading")!.Text());
        Assert.Equal("A reply.", document.QuerySelector(".comments__replies .comment p")!.Text());
    }

    private async Task<int> AddCommentAsync(string name, string body, CommentStatus status, int? parentId = null)
    {
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        return await App.WithDbAsync(async db =>
        {
            var comment = new Comment(_articleId, name, null, body, null, App.Clock.GetUtcNow(), parentId);
            if (status != CommentStatus.Pending)
                comment.Moderate(status, "moderator@example.com", App.Clock.GetUtcNow());
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
    }
}
