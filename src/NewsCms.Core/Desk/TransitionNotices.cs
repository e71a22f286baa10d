using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Desk;

/// <summary>
/// The notifications a change of state owes people. Called by the save pipeline with the activity log line,
/// so every path that moves a story (the editor, the ways back, the scheduled publisher) notifies alike.
/// </summary>
internal static class TransitionNotices
{
    public static async Task AddAsync(NewsDbContext db, Article article, ArticleStatus? before, CancellationToken cancellationToken)
    {
        var actorId = article.ChangedById!;
        var headline = Quoted(article.Headline);
        if (article.PendingAction == ActivityAction.SentBack)
            Notify(db, People(article, actorId), NotificationKind.SentBack, article, $"{headline} was sent back to you: {article.PendingDetail}");
        else if (article.Status == ArticleStatus.InReview)
            Notify(db, await EditorsAsync(db, actorId, cancellationToken), NotificationKind.EnteredReview, article, $"{headline} is waiting for review.");
        else if (article.Status == ArticleStatus.Published && before == ArticleStatus.Scheduled && actorId == Actor.SystemId)
            Notify(db, People(article, actorId), NotificationKind.ScheduledWentOut, article, $"Your scheduled story {headline} went out.");
        else if (article.Status == ArticleStatus.Published)
            Notify(db, People(article, actorId), NotificationKind.Published, article, $"Your story {headline} was published.");
    }

    public static string Quoted(string headline) => headline.Length == 0 ? "An untitled story" : $"“{headline}”";

    public static void Notify(NewsDbContext db, IEnumerable<string> recipients, NotificationKind kind, Article article, string text)
    {
        foreach (var recipient in recipients.Distinct(StringComparer.Ordinal))
            db.Notifications.Add(new Notification(recipient, kind, article, text, article.UpdatedAt));
    }

    /// <summary>"Your story": whoever created it and its staff authors, except the person who acted.</summary>
    private static IEnumerable<string> People(Article article, string actorId) =>
        article.Authors.Select(a => a.UserId).Prepend(article.CreatedById)
            .OfType<string>()
            .Where(id => id != actorId && id != Actor.SystemId);

    private static Task<List<string>> EditorsAsync(NewsDbContext db, string actorId, CancellationToken cancellationToken) =>
        db.Users.Active().InAnyRole(db, [Roles.Editor])
            .Where(u => u.Id != actorId)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
}
