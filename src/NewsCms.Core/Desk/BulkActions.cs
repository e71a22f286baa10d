using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Desk;

public enum BulkAction
{
    Archive,
    Unpublish,
    RestoreFromArchive,
}

/// <summary>One story the action was not applied to, and why.</summary>
public sealed record BulkRefusal(int Id, string Headline, string Reason);

public sealed record BulkResult(BulkAction Action, IReadOnlyList<int> Done, IReadOnlyList<BulkRefusal> Refused);

/// <summary>
/// Applies one action to each story selected on the article list, through the same transition methods as
/// the single buttons: each story is its own save (a revision, an activity-log line, its notifications and
/// its cache eviction, exactly as pressing the button on its editor page), and a story the actor may not
/// move, or that is in the wrong state, is refused with its reason while the others go through.
/// </summary>
public sealed class BulkActions(NewsDbContext db, TimeProvider clock)
{
    /// <summary>A page of the list is at most this many stories; a longer selection is a forged request.</summary>
    public const int MaxStories = 200;

    public static string Verb(BulkAction action) => action switch
    {
        BulkAction.Archive => "archived",
        BulkAction.Unpublish => "unpublished",
        _ => "restored from the archive",
    };

    public async Task<BulkResult> ApplyAsync(Actor actor, IReadOnlyCollection<int> ids, BulkAction action, CancellationToken cancellationToken)
    {
        var done = new List<int>();
        var refused = new List<BulkRefusal>();
        foreach (var id in ids.Distinct().Order())
        {
            db.ChangeTracker.Clear();
            var article = await db.Articles.Include(a => a.Tags).Include(a => a.Authors).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (article is null)
            {
                refused.Add(new(id, "", "it no longer exists"));
                continue;
            }
            if (Refusal(article, actor, action) is { } reason)
            {
                refused.Add(new(id, article.Headline, reason));
                continue;
            }

            var now = clock.GetUtcNow();
            switch (action)
            {
                case BulkAction.Archive: article.Archive(actor, now); break;
                case BulkAction.Unpublish: article.Unpublish(actor, now); break;
                case BulkAction.RestoreFromArchive: article.RestoreFromArchive(actor, now); break;
            }
            await db.SaveChangesAsync(cancellationToken);
            done.Add(id);
        }
        return new BulkResult(action, done, refused);
    }

    /// <summary>Null when the single action's own rule allows it; otherwise the reason, in the desk's words.</summary>
    public static string? Refusal(Article article, Actor actor, BulkAction action)
    {
        var allowed = action switch
        {
            BulkAction.Archive => ArticleWorkflow.CanArchive(article, actor),
            BulkAction.Unpublish => ArticleWorkflow.CanUnpublish(article, actor),
            _ => ArticleWorkflow.CanRestoreFromArchive(article, actor),
        };
        if (allowed)
            return null;
        if (!actor.Can(Capability.PublishArticles))
            return "your role does not allow it (editors and admins only)";
        return action switch
        {
            BulkAction.Archive => "it is already archived",
            BulkAction.Unpublish => $"it is not published (it is {StateWord(article.Status)})",
            _ => $"it is not archived (it is {StateWord(article.Status)})",
        };
    }

    private static string StateWord(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "in review",
        ArticleStatus.TakenDown => "taken down",
        _ => status.ToString().ToLowerInvariant(),
    };
}
