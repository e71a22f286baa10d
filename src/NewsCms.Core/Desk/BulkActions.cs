using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Desk;

public enum BulkAction
{
    Archive,
    Unpublish,
    RestoreFromArchive,
    MoveToSection,
    AddTag,
}

/// <summary>What Move to section and Add tag need: the section chosen, the tag typed (found or created by name).</summary>
public sealed record BulkTarget(int? SectionId = null, string? TagName = null);

/// <summary>One story the action was not applied to, and why.</summary>
public sealed record BulkRefusal(int Id, string Headline, string Reason);

public sealed record BulkResult(BulkAction Action, IReadOnlyList<int> Done, IReadOnlyList<BulkRefusal> Refused);

/// <summary>
/// Applies one action to each story selected on the article list, through the same transition methods as
/// the single buttons: each story is its own save (a revision, an activity-log line, its notifications and
/// its cache eviction, exactly as pressing the button on its editor page), and a story the actor may not
/// move, or that is in the wrong state, is refused with its reason while the others go through.
/// </summary>
public sealed class BulkActions(NewsDbContext db, TagResolver tags, TimeProvider clock)
{
    /// <summary>A page of the list is at most this many stories; a longer selection is a forged request.</summary>
    public const int MaxStories = 200;

    public static string Verb(BulkAction action) => action switch
    {
        BulkAction.Archive => "archived",
        BulkAction.Unpublish => "unpublished",
        BulkAction.MoveToSection => "moved",
        BulkAction.AddTag => "tagged",
        _ => "restored from the archive",
    };

    public async Task<BulkResult> ApplyAsync(Actor actor, IReadOnlyCollection<int> ids, BulkAction action, CancellationToken cancellationToken, BulkTarget? target = null)
    {
        string? sectionName = null;
        if (action == BulkAction.MoveToSection)
        {
            sectionName = target?.SectionId is { } sectionId
                ? await db.Sections.Where(s => s.Id == sectionId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (sectionName is null)
                throw new ArgumentException("Move to section needs an existing section.", nameof(target));
        }
        var tagName = target?.TagName?.Trim();
        if (action == BulkAction.AddTag && (string.IsNullOrEmpty(tagName) || tagName.Length > Tag.NameMaxLength || Slug.FromHeadline(tagName).Length == 0))
            throw new ArgumentException("Add tag needs a tag name.", nameof(target));

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
            Tag? tag = null;
            if (action == BulkAction.AddTag)
            {
                tag = (await tags.ResolveAsync([tagName!], cancellationToken))[0];
                if (article.Tags.Any(t => t.Slug == tag.Slug))
                {
                    refused.Add(new(id, article.Headline, $"it already has the tag {tag.Name}"));
                    continue;
                }
            }
            if (action == BulkAction.MoveToSection && article.SectionId == target!.SectionId)
            {
                refused.Add(new(id, article.Headline, $"it is already in {sectionName}"));
                continue;
            }
            switch (action)
            {
                case BulkAction.MoveToSection: article.MoveToSection(actor, target!.SectionId!.Value, sectionName!, now); break;
                case BulkAction.AddTag: article.AddTag(actor, tag!, now); break;
                case BulkAction.Archive: article.Archive(actor, now); break;
                case BulkAction.Unpublish: article.Unpublish(actor, now); break;
                case BulkAction.RestoreFromArchive: article.RestoreFromArchive(actor, now); break;
            }
            // A tag-only change leaves the article's own row as it was within one clock tick; it is still an
            // edit, so the row is written and the save pipeline records and evicts it (as ArticleSaver does).
            db.Entry(article).Property(a => a.UpdatedAt).IsModified = true;
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
            BulkAction.MoveToSection or BulkAction.AddTag => actor.Can(Capability.PublishArticles) && ArticleWorkflow.CanEdit(article, actor),
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
            BulkAction.MoveToSection or BulkAction.AddTag => $"it cannot be edited (it is {StateWord(article.Status)})",
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
