using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>The app with a limit of two comment POSTs per window, on its own database.</summary>
public sealed class LowRateLimitApplication : NewsCmsApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Comments:PostsPerWindow", "2");
    }
}

public sealed class RateLimitTests(LowRateLimitApplication app) : IClassFixture<LowRateLimitApplication>
{
    [Fact]
    public async Task Posting_too_often_answers_429_with_a_readable_page()
    {
        await app.ImportAsync(Samples.Seed);
        using var reader = app.ReaderClient();

        using var first = await app.PostCommentAsync(reader, CommentPosting.Fields("Ada", "One."));
        using var second = await app.PostCommentAsync(reader, CommentPosting.Fields("Ada", "Two."));
        using var third = await app.PostCommentAsync(reader, CommentPosting.Fields("Ada", "Three."));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Please slow down", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await app.CommentsAsync()).Count);
    }
}
