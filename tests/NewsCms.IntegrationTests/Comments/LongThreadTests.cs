using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>A long thread shows its first conversations and opens the rest in place, without script (issue 12, item 17).</summary>
[Collection(SharedApp.Name)]
public sealed class LongThreadTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task The_first_twenty_conversations_show_and_the_rest_open_in_place()
    {
        var articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
        for (var i = 1; i <= 23; i++)
        {
            var parent = await App.AddCommentAsync(articleId, $"Reader {i}", $"Comment {i}.", CommentStatus.Approved);
            if (i == 22)
                await App.AddCommentAsync(articleId, "Ada", "A reply to 22.", CommentStatus.Approved, parentId: parent);
        }

        var page = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        Assert.Equal("Comments (24)", page.QuerySelector("#comments-heading")!.Text());
        var shown = page.QuerySelectorAll(".comments > .comments__list > li > .comment p").Select(p => p.Text()).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Comment {i}."), shown);
        var more = page.QuerySelector("details.comments__more")!;
        Assert.Equal("Show 3 more conversations", more.QuerySelector("summary")!.Text());
        Assert.Equal(["Comment 21.", "Comment 22.", "A reply to 22.", "Comment 23."], more.QuerySelectorAll(".comment p").Select(p => p.Text()).ToList());
        Assert.Equal("#comment-form", page.QuerySelector(".comments__jump a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#comment-form"));
    }

    [Fact]
    public async Task Each_reply_link_follows_the_comment_it_answers()
    {
        var articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
        var first = await App.AddCommentAsync(articleId, "Ada", "First.", CommentStatus.Approved);
        var second = await App.AddCommentAsync(articleId, "Bob", "Second.", CommentStatus.Approved);

        var page = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        foreach (var id in new[] { first, second })
            Assert.EndsWith($"/comments/reply/{id}#comment-form", page.QuerySelector($"#comment-{id} + a.comment__reply")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".comments__more"));
    }
}
