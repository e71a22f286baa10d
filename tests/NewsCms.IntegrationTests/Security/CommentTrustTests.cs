using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, item 1: trust belongs to the browser whose comments were approved, not to a typed address.</summary>
[Collection(SharedApp.Name)]
public sealed class CommentTrustTests(NewsCmsApplication app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await app.ImportAsync(Samples.Seed);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task EarnTrustAsync(HttpClient reader, string email)
    {
        for (var i = 0; i < 3; i++)
            (await app.PostCommentAsync(reader, CommentPosting.Fields("Ada", $"Earlier {i}", email))).Dispose();
        // The moderator approves them.
        await app.WithDbAsync(db => db.Comments.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Approved)));
    }

    [Fact]
    public async Task Trusted_commenter_skips_the_queue()
    {
        using var reader = app.ReaderClient();
        await EarnTrustAsync(reader, "ada@example.com");

        using var response = await app.PostCommentAsync(reader, CommentPosting.Fields("Ada", "Straight through.", "ADA@example.com"));

        var comment = (await app.CommentsAsync()).Last();
        Assert.Equal(CommentStatus.Approved, comment.Status);
        Assert.Equal($"{Samples.SeedUrl}?comment=published#comment-{comment.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains("Straight through.", (await app.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_typing_a_trusted_address_is_held_for_moderation()
    {
        using (var ada = app.ReaderClient())
            await EarnTrustAsync(ada, "ada@example.com");
        using var stranger = app.ReaderClient();

        using var response = await app.PostCommentAsync(stranger, CommentPosting.Fields("Ada", "Pretending.", "ada@example.com"));

        Assert.Equal(CommentStatus.Pending, (await app.CommentsAsync()).Last().Status);
        Assert.Equal($"{Samples.SeedUrl}?comment=posted#comments", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Approved_comments_seeded_under_an_address_give_no_trust_to_whoever_types_it()
    {
        var articleId = await ArticleIdAsync();
        for (var i = 0; i < 3; i++)
            await app.AddCommentAsync(articleId, "Ada", $"Old {i}", CommentStatus.Approved, email: "ada@example.com");
        using var stranger = app.ReaderClient();

        (await app.PostCommentAsync(stranger, CommentPosting.Fields("Ada", "Me again?", "ada@example.com"))).Dispose();

        Assert.Equal(CommentStatus.Pending, (await app.CommentsAsync()).Last().Status);
    }

    private Task<int> ArticleIdAsync() => app.WithDbAsync(db => db.Articles.Select(a => a.Id).SingleAsync());
}
