using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Mail;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>Issue 14, item 5: with mail configured, each notification is also mailed to its recipient, once.</summary>
public sealed class NotificationMailTests(StaffMailApplication app) : AppTest<StaffMailApplication>(app), IClassFixture<StaffMailApplication>
{
    [Fact]
    public async Task A_story_entering_review_is_mailed_to_the_editor_once_with_a_link_to_it()
    {
        var editor = await App.CreateStaffAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.SubmittedStoryAsync("Council approves the riverside park");

        var run = await App.NextMailRunAsync();
        var again = await App.NextMailRunAsync();

        Assert.Equal(1, run!.NotificationsSent);
        Assert.Equal(0, again!.NotificationsSent);
        var mail = App.Mail.SingleTo(editor.Email);
        Assert.Contains("“Council approves the riverside park” is waiting for review.", mail.Subject, StringComparison.Ordinal);
        Assert.Equal($"{StaffMailApplication.SiteUrl}/admin/articles/{id}/edit", SmtpSink.LinkIn(mail, $"/admin/articles/{id}/edit").ToString());
        Assert.NotNull(Assert.Single(await App.NotificationsOfAsync(editor.Id)).EmailedAt);
    }

    [Fact]
    public async Task Nobody_is_mailed_what_they_already_read_under_the_bell_or_after_turning_mail_off()
    {
        var reads = await App.CreateStaffAsync(Roles.Editor);
        var optedOut = await App.CreateStaffAsync(Roles.Editor);
        var mailed = await App.CreateStaffAsync(Roles.Editor);
        using (var client = await App.SignedInClientAsync(optedOut))
        {
            var form = new Dictionary<string, string> { ["DisplayName"] = "Opted Out", ["MailNotifications"] = "false" };
            (await client.PostFormAsync("/admin/profile", form)).Dispose();
        }
        using var reader = await App.SignedInClientAsync(reads);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        await reporter.SubmittedStoryAsync();
        (await reader.GetAsync("/admin/notifications")).Dispose();

        var run = await App.NextMailRunAsync();

        Assert.Equal(1, run!.NotificationsSent);
        Assert.Single(App.Mail.MessagesTo(mailed.Email));
        Assert.Empty(App.Mail.MessagesTo(reads.Email));
        Assert.Empty(App.Mail.MessagesTo(optedOut.Email));
        Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Id == optedOut.Id).Select(u => u.MailNotifications).SingleAsync()));
    }

    [Fact]
    public async Task Two_nodes_sending_at_once_mail_each_notification_once()
    {
        var editors = new List<StaffMember>();
        for (var i = 0; i < 3; i++)
            editors.Add(await App.CreateStaffAsync(Roles.Editor));
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        await reporter.SubmittedStoryAsync("First story");
        await reporter.SubmittedStoryAsync("Second story");

        // Two senders, each with its own connection and transaction, as two nodes' jobs would be.
        var sent = await Task.WhenAll(SendAsync(), SendAsync());

        Assert.Equal(6, sent.Sum());
        Assert.All(editors, editor => Assert.Equal(2, App.Mail.MessagesTo(editor.Email).Count));
        Assert.Equal(0, await App.WithDbAsync(db => db.Notifications.CountAsync(n => n.EmailedAt == null)));
    }

    private async Task<int> SendAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationMail>().SendDueAsync(CancellationToken.None);
    }
}
