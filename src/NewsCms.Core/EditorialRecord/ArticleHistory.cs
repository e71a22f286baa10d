using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Desk;

namespace NewsCms.Core.EditorialRecord;

/// <summary>
/// Called by <see cref="NewsDbContext"/> before each save: every article changed through one of its methods
/// (which name the actor) gets a revision, and a change of state gets a line in the activity log.
/// Articles touched otherwise (closing comments) are not edits and get neither.
/// </summary>
internal static class ArticleHistory
{
    public static async Task RecordAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<Article>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.ChangedById is not null)
            .ToList();
        foreach (var entry in changed)
            await RecordAsync(db, entry, cancellationToken);
    }

    private static async Task RecordAsync(NewsDbContext db, EntityEntry<Article> entry, CancellationToken cancellationToken)
    {
        var article = entry.Entity;
        if (entry.State == EntityState.Modified)
        {
            // The scheduled publisher loads bare rows; a snapshot needs the tags and authors too.
            if (!entry.Collection(a => a.Tags).IsLoaded)
                await entry.Collection(a => a.Tags).LoadAsync(cancellationToken);
            if (!entry.Collection(a => a.Authors).IsLoaded)
                await entry.Collection(a => a.Authors).LoadAsync(cancellationToken);
        }

        var sectionName = article.SectionId is { } sectionId
            ? await db.Sections.Where(s => s.Id == sectionId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var tags = article.Tags.Select(t => t.Name).ToList();
        var authors = article.Authors.OrderBy(a => a.Position).Select(a => a.UserId).ToList();
        db.ArticleRevisions.Add(new ArticleRevision(article, sectionName, tags, authors, article.UpdatedAt));

        ArticleStatus? before = entry.State == EntityState.Added ? null : entry.Property(a => a.Status).OriginalValue;
        if (before != article.Status || before is null)
        {
            var states = $"{before?.ToString() ?? "new"} → {article.Status}";
            var detail = article.PendingDetail is { } note ? $"{states}: {note}" : states;
            db.ActivityLog.Add(new ActivityEntry(article.ChangedById!, article.PendingAction ?? ActionFor(before, article.Status), article.UpdatedAt, article, detail));
            await TransitionNotices.AddAsync(db, article, before, cancellationToken);
        }
        else if (article.PendingAction is { } named)
        {
            // An edit that names itself (a bulk move or tag) is logged though the state stays.
            db.ActivityLog.Add(new ActivityEntry(article.ChangedById!, named, article.UpdatedAt, article, article.PendingDetail));
        }
        article.Recorded();
    }

    private static ActivityAction ActionFor(ArticleStatus? before, ArticleStatus after) => after switch
    {
        ArticleStatus.Draft when before is null => ActivityAction.Created,
        ArticleStatus.InReview => ActivityAction.Submitted,
        ArticleStatus.Scheduled => ActivityAction.Scheduled,
        ArticleStatus.Published => ActivityAction.Published,
        ArticleStatus.Unpublished => ActivityAction.Unpublished,
        ArticleStatus.Archived => ActivityAction.Archived,
        ArticleStatus.TakenDown => ActivityAction.TakenDown,
        _ => ActivityAction.StatusChanged,
    };
}
