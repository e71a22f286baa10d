using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Markdown;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Articles;

public enum SaveFailure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

public sealed record SaveResult(SaveFailure Failure, Article? Article = null, IReadOnlyList<FieldError>? Errors = null)
{
    public bool Succeeded => Failure == SaveFailure.None;
}

/// <summary>
/// Runs one command from the newsroom's editor form: checks the actor may, validates (loose for drafts,
/// strict for review and publication, plus the checks that need the database), applies the edit and the
/// transition, and saves once. Nothing is written unless everything passes.
/// </summary>
public sealed class ArticleSaver(NewsDbContext db, BodyRenderer body, TagResolver tags, TimeProvider clock, NewsroomOptions newsroom)
{
    public async Task<SaveResult> SaveAsync(Actor actor, int? id, ArticleInput input, ArticleCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var article = id is null ? NewArticle(actor, now) : await LoadAsync(id.Value, cancellationToken);
        if (article is null)
            return new SaveResult(id is null ? SaveFailure.Forbidden : SaveFailure.NotFound);
        if (!ArticleWorkflow.Allows(article, actor, command) || (input.UnpublishAt is not null && !actor.Can(Capability.PublishArticles)))
            return new SaveResult(SaveFailure.Forbidden);

        var errors = command is ArticleCommand.Unpublish or ArticleCommand.Archive ? [] : await CheckAsync(article, input, command, now, cancellationToken);
        if (errors.Count > 0)
            return new SaveResult(SaveFailure.Invalid, article, errors);

        if (command is not (ArticleCommand.Unpublish or ArticleCommand.Archive))
            await ApplyEditAsync(article, actor, input, now, cancellationToken);
        if (input.SignificantUpdate)
            article.MarkSignificantUpdate(actor, now);
        Transition(article, actor, input, command, now);
        if (article.Id != 0 && input.Version is { } version)
        {
            db.Entry(article).Property(a => a.Version).OriginalValue = version;

            // The version is checked only when the article's own row is written; a save that changes only
            // tags or authors (or nothing, within the same clock tick) must still be refused when stale.
            db.Entry(article).Property(a => a.UpdatedAt).IsModified = true;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult(SaveFailure.None, article);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(SaveFailure.Conflict, article);
        }
    }

    private Article? NewArticle(Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.WriteArticles))
            return null;
        var article = new Article("", "", actor.UserId, now);
        db.Articles.Add(article);
        return article;
    }

    private Task<Article?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Tags).Include(a => a.Authors).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    private async Task<List<FieldError>> CheckAsync(Article article, ArticleInput input, ArticleCommand command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = ArticleRules.Check(input, ArticleRules.IsStrict(command, article.Status));
        if (input.SectionId is { } sectionId && !await db.Sections.AnyAsync(s => s.Id == sectionId, cancellationToken))
            errors.Add(new(nameof(input.SectionId), "Choose a section from the list."));
        var knownAuthors = await db.Users.CountAsync(u => input.AuthorIds.Contains(u.Id), cancellationToken);
        if (knownAuthors != input.AuthorIds.Distinct().Count())
            errors.Add(new(nameof(input.AuthorIds), "Choose staff authors from the list."));
        if (command == ArticleCommand.Schedule && (input.PublishAt is null || input.PublishAt <= now))
            errors.Add(new(nameof(input.PublishAt), "Choose a publication time in the future."));
        await CheckBodyPicturesAsync(input, errors, cancellationToken);
        await LeadImageRules.CheckAsync(db, input.LeadImageId, command is ArticleCommand.Publish or ArticleCommand.Schedule || article.Status == ArticleStatus.Published, errors, cancellationToken);
        if (input.UnpublishAt is { } until && (until <= now || until <= (input.PublishAt ?? now)))
            errors.Add(new(nameof(input.UnpublishAt), "Choose an unpublish time after the publication time."));
        if (command is ArticleCommand.Publish or ArticleCommand.Schedule && article.IsEmbargoedAt(command == ArticleCommand.Publish ? now : input.PublishAt ?? now))
            errors.Add(new(nameof(input.PublishAt), $"The agency's embargo holds this story until {article.EmbargoedUntil:u}; schedule it for then or later."));
        if (command is ArticleCommand.Publish or ArticleCommand.Schedule && errors.Count == 0)
            await CheckSlugIsFreeAsync(article, input, command == ArticleCommand.Publish ? now : input.PublishAt!.Value, errors, cancellationToken);
        return errors;
    }

    /// <summary>A body picture the library does not hold would show nothing: the editor hears which number is wrong.</summary>
    private async Task CheckBodyPicturesAsync(ArticleInput input, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var markdown = input.Body ?? "";
        var missing = (await body.PicturesForAsync(markdown, cancellationToken)).Missing(MarkdownRenderer.PictureIds(markdown)).ToList();
        if (missing.Count > 0)
            errors.Add(new(nameof(input.Body), $"The body places {string.Join(", ", missing.Select(id => $"media:{id}"))}, which is not in the picture library; insert pictures from Pictures."));
    }

    /// <summary>A URL is the publication day plus the slug, so the slug must be free on the day the story goes out.</summary>
    private async Task CheckSlugIsFreeAsync(Article article, ArticleInput input, DateTimeOffset goesOut, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var slug = article.SlugIsFixed ? article.Slug : ArticleRules.SlugFor(input);
        var day = article.PublishedOn ?? newsroom.DayOf(goesOut);
        if (await db.Articles.AnyAsync(a => a.Id != article.Id && a.PublishedOn == day && a.Slug == slug, cancellationToken))
            errors.Add(new(nameof(input.Slug), $"Another article published on {day:MMMM d, yyyy} already uses the slug \"{slug}\"; change the slug."));
    }

    private async Task ApplyEditAsync(Article article, Actor actor, ArticleInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var markdown = input.Body ?? "";
        var dateline = Dateline.From(input.DatelinePlace, input.DatelineSource);
        var content = new ArticleContent(
            input.Headline?.Trim() ?? "",
            article.SlugIsFixed ? article.Slug : ArticleRules.SlugFor(input),
            string.IsNullOrWhiteSpace(input.Standfirst) ? null : input.Standfirst.Trim(),
            dateline,
            markdown,
            await body.RenderAsync(markdown, dateline?.ToString(), cancellationToken),
            MarkdownRenderer.Excerpt(markdown),
            input.SectionId,
            string.IsNullOrWhiteSpace(input.Byline) ? null : input.Byline.Trim());
        article.Edit(actor, content, now);
        article.SetAuthors(input.AuthorIds.Distinct().ToList());
        article.SetLeadImage(input.LeadImageId);
        article.SetSearchAppearance(input.SeoTitle, input.SeoDescription);
        article.SetTags(await tags.ResolveAsync(input.TagNames, cancellationToken));
        if (ArticleWorkflow.CanSetExpiry(article, actor))
            article.SetExpiry(actor, input.UnpublishAt, now);
    }

    private void Transition(Article article, Actor actor, ArticleInput input, ArticleCommand command, DateTimeOffset now)
    {
        switch (command)
        {
            case ArticleCommand.Submit: article.Submit(actor, now); break;
            case ArticleCommand.Publish: article.Publish(actor, now, newsroom.DayOf(now)); break;
            case ArticleCommand.Schedule: article.Schedule(actor, input.PublishAt!.Value, now); break;
            case ArticleCommand.Unpublish: article.Unpublish(actor, now); break;
            case ArticleCommand.Archive: article.Archive(actor, now); break;
        }
    }
}
