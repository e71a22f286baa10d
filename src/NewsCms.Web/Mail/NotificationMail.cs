using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Desk;
using NewsCms.Core.Newsroom;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Mail;

/// <summary>
/// Mails each notification to its recipient once. The unsent rows are claimed with FOR UPDATE SKIP LOCKED
/// inside a transaction, so two nodes never mail the same one; a row is marked only after its mail went
/// out, so a failed send is tried again on the next run (until it is older than the setting). A
/// notification already read under the bell, or for someone who turned mail off, is not mailed.
/// </summary>
public sealed class NotificationMail(NewsDbContext db, Mailer mailer, StaffMailLinks links, IOptions<StaffMailOptions> options, NewsroomOptions newsroom, TimeProvider clock)
{
    private const int Batch = 50;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var oldest = now.AddHours(-options.Value.NotificationMaxAgeHours);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.Notifications.FromSqlInterpolated($"""
            SELECT n.* FROM notifications n
            JOIN users u ON u.id = n.recipient_id
            WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND n.at > {oldest}
              AND u.mail_notifications AND u.email IS NOT NULL
              AND (u.lockout_end IS NULL OR u.lockout_end < 'infinity')
            ORDER BY n.id
            LIMIT {Batch}
            FOR UPDATE OF n SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (due.Count == 0)
            return 0;

        var recipients = due.Select(n => n.RecipientId).Distinct().ToList();
        var addresses = await db.Users.Where(u => recipients.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.Email!, u.DisplayName), cancellationToken);
        var sent = 0;
        foreach (var notification in due)
        {
            var (email, name) = addresses[notification.RecipientId];
            if (!await mailer.SendAsync(Message(notification, email, name), cancellationToken))
                break; // the server is down or refusing: the rest wait for the next run
            notification.MarkEmailed(clock.GetUtcNow());
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    private MailMessage Message(Notification notification, string email, string name)
    {
        var story = notification.ArticleId is { } id ? $"""

            Open the story: {links.To($"/admin/articles/{id}/edit")}
            """ : "";
        return new MailMessage(email, $"{newsroom.Name}: {notification.Text}", $"""
            Hello {name},

            {notification.Text}
            {story}
            All your notifications: {links.To("/admin/notifications")}

            You get this because mail for notifications is on in your profile; turn it off there:
            {links.To("/admin/profile")}
            """);
    }
}

/// <summary>Absolute links for mail sent without a request: PublicSite:SiteUrl, or bare paths when it is not set.</summary>
public sealed class StaffMailLinks(IOptions<PublicSiteOptions> site)
{
    public string To(string path) => $"{site.Value.SiteUrl?.TrimEnd('/')}{path}";
}
