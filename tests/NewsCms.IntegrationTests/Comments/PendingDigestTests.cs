using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>Issue 15, item 8: with mail configured, moderators and admins get a digest of pending comments once per interval.</summary>
public sealed class PendingDigestTests(StaffMailApplication app) : AppTest<StaffMailApplication>(app), IClassFixture<StaffMailApplication>
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Moderators_and_admins_get_the_count_the_oldest_and_links_once_per_interval()
    {
        var moderator = await App.CreateStaffAsync(Roles.Moderator);
        var admin = await App.CreateStaffAsync(Roles.Admin);
        var editor = await App.CreateStaffAsync(Roles.Editor);
        var ids = await App.AddManyCommentsAsync(_articleId, 12, App.Clock.GetUtcNow().AddHours(-3));

        var first = await App.MailRunAfterAsync(TimeSpan.FromSeconds(61), run => run?.Digest is not null);
        var soon = await App.NextMailRunAsync();

        Assert.Equal(new(12, 2), first!.Digest);
        Assert.Null(soon!.Digest);
        var mail = App.Mail.SingleTo(moderator.Email);
        Assert.Single(App.Mail.MessagesTo(admin.Email));
        Assert.Empty(App.Mail.MessagesTo(editor.Email));
        Assert.Contains("12 comments waiting for moderation", mail.Subject, StringComparison.Ordinal);
        var text = mail.TextBody ?? "";
        Assert.Contains("12 comments are waiting for moderation; the oldest since", text, StringComparison.Ordinal);
        Assert.Equal($"{StaffMailApplication.SiteUrl}/moderation", SmtpSink.LinkIn(mail, "/moderation").ToString());
        Assert.Contains("The oldest 10:", text, StringComparison.Ordinal);
        Assert.Contains("Reader 1 on “North Korea", text, StringComparison.Ordinal);
        Assert.Contains("Comment number 10.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment number 11.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Reader 1 ", StringComparison.Ordinal) < text.IndexOf("Reader 2 ", StringComparison.Ordinal));

        // A day later, with comments still waiting, the next digest goes out.
        var next = await App.MailRunAfterAsync(TimeSpan.FromHours(24), run => run?.Digest is not null);
        Assert.Equal(12, next!.Digest!.Pending);
        Assert.Equal(2, App.Mail.MessagesTo(moderator.Email).Count);
        Assert.Equal(12, ids.Count);
    }

    [Fact]
    public async Task Nothing_is_sent_while_nothing_is_pending()
    {
        var moderator = await App.CreateStaffAsync(Roles.Moderator);
        await App.AddManyCommentsAsync(_articleId, 3, App.Clock.GetUtcNow().AddHours(-1), CommentStatus.Approved);

        var run = await App.MailRunAfterAsync(TimeSpan.FromHours(25));

        Assert.Null(run!.Digest);
        Assert.Empty(App.Mail.MessagesTo(moderator.Email));
    }

    [Fact]
    public async Task Two_nodes_claiming_the_same_interval_get_it_once()
    {
        var now = App.Clock.GetUtcNow();

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ClaimAsync(now)));
        var later = await ClaimAsync(now.AddHours(23));
        var dayLater = await ClaimAsync(now.AddHours(24));

        Assert.Equal(1, claims.Count(c => c));
        Assert.False(later);
        Assert.True(dayLater);
    }

    private async Task<bool> ClaimAsync(DateTimeOffset at)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        return await DigestMark.TryClaimAsync(db, DigestMark.PendingComments, at, TimeSpan.FromHours(24), CancellationToken.None);
    }
}
