using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Markdown;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.EditorialRecord;

public enum RestoreOutcome
{
    Restored,
    NotFound,
    Forbidden,
    WrongArticle,
}

/// <summary>
/// Puts an old revision's text back as a new edit: the article takes its fields, a new revision records
/// that, and the revisions in between stay as they were. A published slug stays fixed (the URL must not move).
/// </summary>
public sealed class RevisionRestorer(NewsDbContext db, BodyRenderer body, TagResolver tags, TimeProvider clock)
{
    public async Task<RestoreOutcome> RestoreAsync(Actor actor, int articleId, long revisionId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Authors).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
            return RestoreOutcome.NotFound;
        if (!EditorialRules.CanRestore(article, actor))
            return RestoreOutcome.Forbidden;
        var revision = await db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId, cancellationToken);
        if (revision is null || revision.ArticleId != articleId)
            return RestoreOutcome.WrongArticle;

        var now = clock.GetUtcNow();
        var dateline = Dateline.From(revision.DatelinePlace, revision.DatelineSource);
        var sectionExists = revision.SectionId is { } sectionId && await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken);
        article.Edit(actor, new ArticleContent(
            revision.Headline,
            article.SlugIsFixed ? article.Slug : revision.Slug,
            revision.Standfirst,
            dateline,
            revision.BodyMarkdown,
            await body.RenderAsync(revision.BodyMarkdown, dateline?.ToString(), cancellationToken),
            MarkdownRenderer.Excerpt(revision.BodyMarkdown),
            sectionExists ? revision.SectionId : null,
            revision.Byline), now);
        var authors = await db.Users.Where(u => revision.AuthorIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        article.SetAuthors(revision.AuthorIds.Where(authors.Contains).ToList());
        article.SetTags(await tags.ResolveAsync(revision.Tags, cancellationToken));
        db.ActivityLog.Add(new ActivityEntry(actor.UserId, ActivityAction.Restored, now, article, $"Restored the revision of {revision.At:u}"));
        await db.SaveChangesAsync(cancellationToken);
        return RestoreOutcome.Restored;
    }
}
