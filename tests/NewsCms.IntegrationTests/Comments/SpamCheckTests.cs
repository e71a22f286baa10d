using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ScheduleTestKit;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>Issue 15, item 7: the spam checks behind one interface, and the content scorer's repeated text.</summary>
[Collection(SharedApp.Name)]
public sealed class SpamCheckTests(NewsCmsApplication app) : AppTest(app)
{
    private const string Pasted = "Earn thousands a week from home, ask me how, it really works for everyone.";

    [Fact]
    public void Every_check_is_registered_behind_the_one_interface_cheapest_first()
    {
        using var scope = App.Services.CreateScope();

        var checks = scope.ServiceProvider.GetServices<ISpamCheck>().Select(c => c.GetType());

        Assert.Equal([typeof(HoneypotCheck), typeof(FillTimeCheck), typeof(LinkCheck), typeof(RateCheck), typeof(ContentScorer)], checks);
    }

    [Fact]
    public async Task The_same_text_pasted_under_another_story_goes_to_spam()
    {
        await App.ImportAsync(Samples.Seed);
        var other = UrlOf(await App.ArticleAsync(await App.AddPublishedAsync("Another story")));
        using var reader = App.ReaderClient();

        (await App.PostCommentAsync(reader, CommentPosting.Fields("Spammer", Pasted))).Dispose();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Spammer", Pasted), other)).Dispose();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Reader", "Thanks!"), other)).Dispose();

        Assert.Equal([CommentStatus.Pending, CommentStatus.Spam, CommentStatus.Pending], (await App.CommentsAsync()).Select(c => c.Status));
    }

    [Fact]
    public async Task A_reader_posting_the_same_text_twice_on_one_story_is_not_spam()
    {
        await App.ImportAsync(Samples.Seed);
        using var reader = App.ReaderClient();

        (await App.PostCommentAsync(reader, CommentPosting.Fields("Reader", Pasted))).Dispose();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Reader", Pasted))).Dispose();

        Assert.All(await App.CommentsAsync(), c => Assert.Equal(CommentStatus.Pending, c.Status));
    }
}
