using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Hosting;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Comments;

/// <summary>Readers' comments: posting (first comments and replies), the no-script reply page, and "my pending comments".</summary>
[Route("/{year:int:range(1000,9999)}/{month:int:range(1,12)}/{day:int:range(1,31)}/{slug}/comments")]
public sealed class CommentsController(
    NewsDbContext db,
    CommentIntake intake,
    IpHasher ipHasher,
    CommentFormTimer timer,
    PendingComments pending,
    SenderCookie sender,
    IAntiforgery antiforgery,
    SiteMetrics metrics,
    IOptions<CommentOptions> options) : Controller
{
    private sealed record ArticleKey(int Id, string Headline, string Url);

    /// <summary>
    /// Antiforgery is checked here rather than by the global filter so that a form sent without its token
    /// (script off under a cached article, or a token gone stale) comes back with the reader's text instead of
    /// a bare 400. Nothing is stored without a valid token.
    /// </summary>
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(CommentExtensions.RateLimitPolicy)]
    public async Task<IActionResult> Create(int year, int month, int day, string slug, CommentInput input, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync(year, month, day, slug, cancellationToken) is not { } article)
            return NotFound();
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            input.StartedAt = timer.Stamp();
            return await FormPageAsync(article, input, cancellationToken,
                "Your comment was not sent yet: the form had expired. Check it and press Post comment again.");
        }

        // The reply's parent is a hidden field: a malformed one is a broken request, and nothing is stored.
        if (ModelState.Any(e => e.Key.EndsWith(nameof(input.ParentId), StringComparison.OrdinalIgnoreCase) && e.Value is { Errors.Count: > 0 }))
            return BadRequest();

        var submission = new CommentSubmission(
            article.Id, input.ParentId, input.Name, input.Email, input.Body, ipHasher.Hash(HttpContext.Connection.RemoteIpAddress),
            HoneypotFilled: !string.IsNullOrEmpty(input.Website),
            FilledTooFast: timer.TooFast(input.StartedAt, options.Value.MinimumFillTime),
            sender.Read(Request));
        var result = await intake.SubmitAsync(submission, cancellationToken);
        metrics.CommentReceived(result);
        if (result.Outcome == IntakeOutcome.Stored)
            sender.Remember(HttpContext, result.CommentId);
        switch (result.Outcome)
        {
            case IntakeOutcome.Stored when result.Status == CommentStatus.Approved:
                return Redirect($"{article.Url}?comment=published#comment-{result.CommentId}");
            case IntakeOutcome.Stored:
                pending.Remember(HttpContext, result.CommentId);
                return Redirect($"{article.Url}?comment=posted#comments");
            case IntakeOutcome.Invalid:
                foreach (var (field, reason) in result.Errors!)
                    ModelState.AddModelError($"{nameof(CommentFormViewModel.Input)}.{field}", reason);
                return await FormPageAsync(article, input, cancellationToken);
            case IntakeOutcome.Closed:
                return Refused("Comments are closed on this story.");
            case IntakeOutcome.Banned:
                return Refused("Your comment could not be accepted.");
            default:
                return NotFound();
        }
    }

    /// <summary>Reply without script: the parent comment and the form, on a page of their own.</summary>
    [HttpGet("reply/{parentId:int}")]
    public async Task<IActionResult> Reply(int year, int month, int day, string slug, int parentId, CancellationToken cancellationToken)
    {
        if (await FindArticleAsync(year, month, day, slug, cancellationToken) is not { } article)
            return NotFound();
        return await FormPageAsync(article, new CommentInput { ParentId = parentId, StartedAt = timer.Stamp() }, cancellationToken);
    }

    /// <summary>The antiforgery token and form stamp for the comment form under a cached article; never cached.</summary>
    [HttpGet("/comments/token")]
    public IActionResult Token()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        Response.Headers.CacheControl = "private, no-store";
        return Json(new CommentTokenJson(tokens.FormFieldName, tokens.RequestToken ?? "", timer.Stamp()));
    }

    /// <summary>This browser's own comments still awaiting moderation on one article; never cached.</summary>
    [HttpGet("/comments/pending")]
    public async Task<IActionResult> Pending([FromQuery] int article, [FromServices] NewsroomOptions newsroom, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        var ids = pending.Read(Request);
        if (ids.Count == 0)
            return Json(Array.Empty<PendingCommentJson>());
        var mine = await db.Comments.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.ArticleId == article && c.Status == CommentStatus.Pending)
            .OrderBy(c => c.CreatedAt)
            .Select(CommentViewModel.FromComment)
            .ToListAsync(cancellationToken);
        return Json(mine.Select(c => new PendingCommentJson(
            c.Id, c.ParentId, c.AuthorName, c.Paragraphs.ToList(), newsroom.Show(c.CreatedAt, "MMMM d, yyyy, h:mm tt"))));
    }

    private async Task<IActionResult> FormPageAsync(ArticleKey article, CommentInput input, CancellationToken cancellationToken, string? notice = null)
    {
        CommentViewModel? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Comments.AsNoTracking()
                .Where(c => c.Id == parentId && c.ArticleId == article.Id && c.ParentId == null && c.Status == CommentStatus.Approved)
                .Select(CommentViewModel.FromComment)
                .SingleOrDefaultAsync(cancellationToken);
            if (parent is null && ModelState.IsValid)
                return NotFound();
        }

        var form = new CommentFormViewModel(article.Url, input, parent?.AuthorName) { Notice = notice, OnItsOwnPage = true };
        return View("Form", new CommentFormPageViewModel(article.Headline, article.Url, parent, form));
    }

    private ViewResult Refused(string reason)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Refused", reason);
    }

    private async Task<ArticleKey?> FindArticleAsync(int year, int month, int day, string slug, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", out var publishedOn))
            return null;
        var found = await db.Articles.AsNoTracking().AtUrl(publishedOn, slug)
            .Select(a => new { a.Id, a.Headline })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new ArticleKey(found.Id, found.Headline, ArticleUrl.For(publishedOn, slug));
    }
}
