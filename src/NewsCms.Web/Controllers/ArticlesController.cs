using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Web.Caching;
using NewsCms.Web.Models;

namespace NewsCms.Web.Controllers;

public sealed class ArticlesController(NewsDbContext db, TimeProvider clock, IOptions<CommentOptions> commentOptions) : Controller
{
    [HttpGet("/{year:int:range(1000,9999)}/{month:int:range(1,12)}/{day:int:range(1,31)}/{slug}")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public async Task<IActionResult> Show(int year, int month, int day, string slug, [FromQuery] string? comment, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", out var publishedOn))
            return NotFound();

        // The story and its section in one query; its authors, corrections and approved comments each in one
        // more. A single query with the three collections measured slower: EF Core's shaper for it built and
        // JIT-compiled delegates on every execution, and each joined row repeated the body (docs/performance.md).
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
                a.Byline,
                a.DatelinePlace,
                a.DatelineSource,
                SectionName = a.Section == null ? null : a.Section.Name,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                a.ModifiedAt,
                a.TakedownReason,
                a.BodyHtml,
            })
            .FirstOrDefaultAsync(cancellationToken);

        if (found is null)
            return NotFound();
        HttpContext.TagPublicPage(PublicPageTags.Article(found.Id));
        if (found.Status == ArticleStatus.Unpublished)
            return StatusCode(StatusCodes.Status410Gone);
        if (found.Status == ArticleStatus.TakenDown)
            return TakenDown(found.TakedownReason);

        var authors = await db.Set<ArticleAuthor>().AsNoTracking()
            .Where(x => x.ArticleId == found.Id)
            .OrderBy(x => x.Position)
            .Select(x => new AuthorLinkViewModel(x.User!.DisplayName, x.User.AuthorSlug))
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

        return View(new ArticlePageViewModel(
            found.Headline,
            ArticleUrl.For(publishedOn, slug),
            found.Standfirst,
            found.Standfirst ?? found.Excerpt,
            new BylineViewModel(authors, found.Byline),
            found.SectionName,
            found.PublishedAt,
            found.UpdatedAt,
            found.BodyHtml,
            CommentThreadViewModel.From(comments))
        {
            ArticleId = found.Id,
            Dateline = Dateline.From(found.DatelinePlace, found.DatelineSource)?.ToString(),
            CommentForm = CommentRules.AcceptsComments(found.CommentsOpen, found.PublishedAt, clock.GetUtcNow(), commentOptions.Value)
                ? new CommentFormViewModel(ArticleUrl.For(publishedOn, slug), new CommentInput()) { TokenByScript = true }
                : null,
            CommentPosted = comment == "posted",
            ModifiedAt = found.ModifiedAt ?? found.PublishedAt,
            Corrections = corrections,
        });
    }

    /// <summary>A takedown: 410 Gone, with the short public reason the editor gave (docs/integrity.md).</summary>
    private ViewResult TakenDown(string? reason)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("TakenDown", reason ?? "");
    }
}
