using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Mail;

namespace NewsCms.Web.Comments;

public sealed record PendingDigestRun(int Pending, int Recipients);

/// <summary>
/// The digest of pending comments, mailed to moderators and admins every <see cref="ModerationDigestOptions.DigestHours"/>:
/// how many wait, since when, and the oldest few with their story. Nothing goes out while nothing is pending; the
/// interval is claimed in <see cref="DigestMark"/> first, so one node sends it once.
/// </summary>
public sealed class PendingDigest(NewsDbContext db, Mailer mailer, StaffMailLinks links, IOptions<ModerationDigestOptions> options, NewsroomOptions newsroom, TimeProvider clock)
{
    /// <summary>The run's figures when a digest went out; null when none was due.</summary>
    public async Task<PendingDigestRun?> SendIfDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DigestHours == 0)
            return null;
        var pending = db.Comments.AsNoTracking().Where(c => c.Status == CommentStatus.Pending);
        var count = await pending.CountAsync(cancellationToken);
        if (count == 0)
            return null;
        var now = clock.GetUtcNow();
        if (!await DigestMark.TryClaimAsync(db, DigestMark.PendingComments, now, TimeSpan.FromHours(settings.DigestHours), cancellationToken))
            return null;

        var oldest = await pending
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.Id, c.AuthorName, c.Body, c.CreatedAt, a.Headline })
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Take(settings.DigestSize)
            .ToListAsync(cancellationToken);
        var moderators = await db.Users.AsNoTracking().Active().InAnyRole(db, [Roles.Moderator, Roles.Admin])
            .Where(u => u.MailNotifications && u.Email != null)
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);

        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "comment is" : "comments are")} waiting for moderation; the oldest since {newsroom.Show(oldest[0].CreatedAt, "MMMM d, yyyy, h:mm tt")}.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Open the queue: {links.To("/moderation")}")
            .AppendLine()
            .AppendLine(count > oldest.Count ? $"The oldest {oldest.Count}:" : "Waiting:");
        foreach (var comment in oldest)
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"- {comment.AuthorName} on “{comment.Headline}” ({newsroom.Show(comment.CreatedAt, "MMM d, h:mm tt")}):")
                .AppendLine(CultureInfo.InvariantCulture, $"  {Excerpt(comment.Body)}");
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Turn this mail off in your profile: {links.To("/admin/profile")}");

        var subject = $"{newsroom.Name}: {count} {(count == 1 ? "comment" : "comments")} waiting for moderation";
        foreach (var email in moderators)
            await mailer.SendAsync(new MailMessage(email, subject, text.ToString()), cancellationToken);
        return new PendingDigestRun(count, moderators.Count);
    }

    private static string Excerpt(string body)
    {
        var line = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length > 200 ? line[..199] + "…" : line;
    }
}
