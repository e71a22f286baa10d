using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Comments;

namespace NewsCms.Web.ReaderSite;

/// <summary>What the article page shows: the story at a URL, or why a reader cannot have it.</summary>
public sealed record ArticlePage(int ArticleId, ArticleStatus Status, string? TakedownReason, ArticlePageViewModel? Model);

/// <summary>
/// The article page's reads. The story and its section in one query; its authors, tags, corrections and
/// approved comments each in one more, and only for a story readers may see. A single query with the three
/// collections measured slower: EF Core's shaper for it built and JIT-compiled delegates on every execution,
/// and each joined row repeated the body (docs/performance.md).
/// </summary>
public sealed class ArticlePageQuery(NewsDbContext db, TimeProvider clock, IOptions<CommentOptions> commentOptions, NewsroomOptions newsroom)
{
    /// <summary>Null when no story was ever published at this URL.</summary>
    public async Task<ArticlePage?> FindAsync(DateOnly publishedOn, string slug, bool commentPosted, CancellationToken cancellationToken)
    {
        var found = await db.Articles.AsNoTracking()
            .AtUrl(publishedOn, slug)
            .Where(a => a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Unpublished || a.Status == ArticleStatus.TakenDown)
            .Select(a => new
            {
                a.Id,
                a.Status,
                a.CommentsOpen,
                a.Headline,
                a.Standfirst,
                a.Excerpt,
                a.SeoTitle,
                a.SeoDescription,
                a.Byline,
                a.DatelinePlace,
                a.DatelineSource,
                SectionName = a.Section == null ? null : a.Section.Name,
                SectionSlug = a.Section == null ? null : a.Section.Slug,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                a.ModifiedAt,
                a.TakedownReason,
                a.BodyHtml,
                LeadImage = a.LeadImage == null ? null : new PictureRef(a.LeadImage.Id, a.LeadImage.Width, a.LeadImage.Height, a.LeadImage.FocalX, a.LeadImage.FocalY, a.LeadImage.ContentHash, a.LeadImage.AltText, a.LeadImage.Caption, a.LeadImage.Credit),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
            return null;
        if (found.Status != ArticleStatus.Published)
            return new ArticlePage(found.Id, found.Status, found.TakedownReason, null);

        var authors = await db.Set<ArticleAuthor>().AsNoTracking()
            .Where(x => x.ArticleId == found.Id)
            .OrderBy(x => x.Position)
            .Select(x => new AuthorLinkViewModel(x.User!.DisplayName, x.User.AuthorSlug))
            .ToListAsync(cancellationToken);
        var tags = await db.Articles.AsNoTracking()
            .Where(a => a.Id == found.Id)
            .SelectMany(a => a.Tags)
            .OrderBy(t => t.Name)
            .Select(t => new TagLinkViewModel(t.Name, t.Slug))
            .ToListAsync(cancellationToken);
        var corrections = await db.Corrections.AsNoTracking()
            .Where(c => c.ArticleId == found.Id)
            .OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new CorrectionNoteViewModel(c.Kind.ToString(), c.Text, c.At))
            .ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ArticleId == found.Id && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(CommentViewModel.FromComment)
            .ToListAsync(cancellationToken);

        var url = ArticleUrl.For(publishedOn, slug);
        var model = new ArticlePageViewModel(
            found.Headline,
            url,
            found.Standfirst,
            found.SeoDescription ?? found.Standfirst ?? found.Excerpt,
            new BylineViewModel(authors, found.Byline),
            found.SectionName,
            found.PublishedAt,
            found.UpdatedAt,
            found.BodyHtml,
            CommentThreadViewModel.From(comments))
        {
            ArticleId = found.Id,
            SearchTitle = found.SeoTitle ?? found.Headline,
            Dateline = Dateline.From(found.DatelinePlace, found.DatelineSource)?.ToString(),
            CommentForm = CommentRules.AcceptsComments(found.CommentsOpen, found.PublishedAt, clock.GetUtcNow(), commentOptions.Value)
                ? new CommentFormViewModel(url, new CommentInput()) { TokenByScript = true }
                : null,
            CommentPosted = commentPosted,
            CommentsShownFirst = commentOptions.Value.ConversationsShownFirst,
            ModifiedAt = found.ModifiedAt ?? found.PublishedAt,
            Corrections = corrections,
            SectionSlug = found.SectionSlug,
            Tags = tags,
            ShowsPublicationTime = found.PublishedAt != newsroom.StartOf(publishedOn),
            LeadImage = found.LeadImage,
        };
        return new ArticlePage(found.Id, found.Status, null, model);
    }
}
