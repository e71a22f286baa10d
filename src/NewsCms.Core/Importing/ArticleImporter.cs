using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Markdown;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Importing;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Refused,
}

public sealed record ImportResult(ImportOutcome Outcome, WireCopyError? Error = null, Article? Article = null);

/// <summary>
/// Turns one wire-copy file into a published article. The key is the story's URL (publication day + slug
/// from the headline), so importing the same file again updates that article instead of adding another.
/// A file is parsed whole before anything is written: a malformed one stores nothing.
/// </summary>
public sealed class ArticleImporter(NewsDbContext db, MarkdownRenderer renderer, TimeProvider clock, IOptions<NewsroomOptions> newsroom)
{
    public async Task<ImportResult> ImportAsync(string text, CancellationToken cancellationToken)
    {
        if (!WireCopyParser.TryParse(text, out var copy, out var error))
            return new ImportResult(ImportOutcome.Refused, error);

        var slug = Slug.FromHeadline(copy.Headline);
        if (slug.Length == 0)
            return new ImportResult(ImportOutcome.Refused, new WireCopyError(1, "the headline has no letters or digits to make a URL from"));

        var now = clock.GetUtcNow();
        var markdown = copy.ToMarkdown();
        var html = renderer.Render(markdown, copy.Dateline?.ToString());
        var article = await db.Articles.AtUrl(copy.PublishedOn, slug).SingleOrDefaultAsync(cancellationToken);
        var outcome = ImportOutcome.Updated;
        if (article is null)
        {
            article = new Article(copy.Headline, slug, createdById: null, now);
            db.Articles.Add(article);
            outcome = ImportOutcome.Created;
        }
        else if (article.Status != ArticleStatus.Published)
        {
            // An unpublished or archived story was taken down on purpose; an import must not bring it back.
            return new ImportResult(ImportOutcome.Refused, new WireCopyError(1, $"the article at this URL is {article.Status} and an import does not re-publish it"));
        }
        else if (IsSame(article, copy, markdown))
        {
            return new ImportResult(ImportOutcome.Unchanged, Article: article);
        }

        // The wire owns headline, dateline and body; what the newsroom added (standfirst, section, byline) stays.
        var content = new ArticleContent(
            copy.Headline, slug, article.Standfirst, copy.Dateline, markdown, html, MarkdownRenderer.Excerpt(markdown), article.SectionId, article.Byline);
        article.Edit(Actor.System, content, now);
        if (outcome == ImportOutcome.Created)
            article.Publish(Actor.System, newsroom.Value.StartOf(copy.PublishedOn), copy.PublishedOn);

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(outcome, Article: article);
    }

    private static bool IsSame(Article article, WireCopy copy, string markdown) =>
        article.Headline == copy.Headline
        && article.Dateline == copy.Dateline
        && article.BodyMarkdown == markdown;
}
