using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NewsCms.Core.Caching;
using NewsCms.Web.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
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

        // One round trip: the story, its section, its staff authors and its approved comments.
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
                Authors = a.Authors
                    .OrderBy(x => x.Position)
                    .Select(x => new AuthorLinkViewModel(x.User!.DisplayName, x.User.AuthorSlug))
                    .ToList(),
                SectionName = a.Section == null ? null : a.Section.Name,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                a.ModifiedAt,
                a.TakedownReason,
                Corrections = db.Corrections.Where(c => c.ArticleId == a.Id).OrderBy(c => c.At).ThenBy(c => c.Id)
                    .Select(c => new CorrectionNoteViewModel(c.Kind.ToString(), c.Text, c.At)).ToList(),
                a.BodyHtml,
                Comments = a.Comments
                    .Where(c => c.Status == CommentStatus.Approved)
                    .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Select(c => new CommentViewModel(c.Id, c.ParentId, c.AuthorName, c.Body, c.CreatedAt))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (found is null)
            return NotFound();
        HttpContext.TagPublicPage(PublicPageTags.Article(found.Id));
        if (found.Status == ArticleStatus.Unpublished)
            return StatusCode(StatusCodes.Status410Gone);
        if (found.Status == ArticleStatus.TakenDown)
            return TakenDown(found.TakedownReason);

        return View(new ArticlePageViewModel(
            found.Headline,
            ArticleUrl.For(publishedOn, slug),
            found.Standfirst,
            found.Standfirst ?? found.Excerpt,
            new BylineViewModel(found.Authors, found.Byline),
            found.SectionName,
            found.PublishedAt,
            found.UpdatedAt,
            found.BodyHtml,
            CommentThreadViewModel.From(found.Comments))
        {
            ArticleId = found.Id,
            Dateline = Dateline.From(found.DatelinePlace, found.DatelineSource)?.ToString(),
            CommentForm = CommentRules.AcceptsComments(found.CommentsOpen, found.PublishedAt, clock.GetUtcNow(), commentOptions.Value)
                ? new CommentFormViewModel(ArticleUrl.For(publishedOn, slug), new CommentInput()) { TokenByScript = true }
                : null,
            CommentPosted = comment == "posted",
            ModifiedAt = found.ModifiedAt ?? found.PublishedAt,
            Corrections = found.Corrections,
        });
    }

    /// <summary>A takedown: 410 Gone, with the short public reason the editor gave (docs/integrity.md).</summary>
    private ViewResult TakenDown(string? reason)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("TakenDown", reason ?? "");
    }
}
