using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Moderation.Models;

namespace NewsCms.Web.Areas.Moderation.Controllers;

/// <summary>The comment queue: one state at a time, newest first; actions on one comment or a selection.</summary>
[Area("Moderation")]
[Authorize(Policy = nameof(Capability.ModerateComments))]
public sealed class QueueController(NewsDbContext db, CommentModeration moderation, TimeProvider clock, NewsroomOptions newsroom) : Controller
{
    private const int PageSize = 100;
    private static readonly ModerationVerb[] CommentVerbs = [ModerationVerb.Approve, ModerationVerb.Reject, ModerationVerb.Spam, ModerationVerb.Delete];

    [HttpGet("/moderation")]
    public async Task<IActionResult> Index(CommentStatus status = CommentStatus.Pending, int? article = null, CancellationToken cancellationToken = default)
    {
        var rows = await Rows(status, article).Take(PageSize).ToListAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Comments.Any())
            .OrderByDescending(a => a.PublishedAt)
            .Take(PageSize)
            .Select(a => new ArticleOption(a.Id, a.Headline))
            .ToListAsync(cancellationToken);
        return View(new QueueViewModel(status, article, articles, rows, clock.GetUtcNow())
        {
            StateCounts = await moderation.CountByStateAsync(cancellationToken),
        });
    }

    /// <summary>The same four actions for every ticked comment.</summary>
    [HttpPost("/moderation/comments")]
    public Task<IActionResult> Bulk([FromForm] int[] ids, [FromForm] ModerationVerb? verb, [FromForm] CommentStatus? status, [FromForm] int? article, CancellationToken cancellationToken) =>
        ApplyAsync(ids, verb, status, article, cancellationToken);

    [HttpPost("/moderation/comments/{id:int}")]
    public Task<IActionResult> One(int id, [FromForm] ModerationVerb? verb, [FromForm] CommentStatus? status, [FromForm] int? article, CancellationToken cancellationToken) =>
        ApplyAsync([id], verb, status, article, cancellationToken);

    [HttpGet("/moderation/comments/{id:int}/ban")]
    public async Task<IActionResult> Ban(int id, CancellationToken cancellationToken) =>
        await BanPageAsync(id, new BanInput(), cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("/moderation/comments/{id:int}/ban")]
    public async Task<IActionResult> Ban(int id, BanInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return await BanPageAsync(id, input, cancellationToken) is { } page ? View(page) : NotFound();
        var until = input.Until is { } day ? newsroom.StartOf(day) : (DateTimeOffset?)null;
        if (until <= clock.GetUtcNow())
        {
            ModelState.AddModelError(nameof(BanInput.Until), "Choose a day in the future, or leave it empty for a permanent ban.");
            return await BanPageAsync(id, input, cancellationToken) is { } page ? View(page) : NotFound();
        }

        if (!await moderation.BanSenderAsync(id, input.Reason!, until, User.ToActor(), cancellationToken))
            return NotFound();
        TempData["Notice"] = "The sender is banned.";
        return Redirect("/moderation");
    }

    private async Task<IActionResult> ApplyAsync(int[] ids, ModerationVerb? verb, CommentStatus? status, int? article, CancellationToken cancellationToken)
    {
        if (verb is not { } chosen || !CommentVerbs.Contains(chosen))
            return BadRequest();
        var done = ids.Length == 0 ? 0 : await moderation.ApplyAsync(ids, chosen, User.ToActor(), cancellationToken);
        TempData["Notice"] = done switch
        {
            0 => "No comment was selected.",
            1 => $"{Past(chosen)} 1 comment.",
            _ => $"{Past(chosen)} {done} comments.",
        };
        return Redirect($"/moderation?status={status ?? CommentStatus.Pending}{(article is null ? "" : $"&article={article}")}");
    }

    private static string Past(ModerationVerb verb) => verb switch
    {
        ModerationVerb.Approve => "Approved",
        ModerationVerb.Reject => "Rejected",
        ModerationVerb.Spam => "Marked as spam",
        _ => "Deleted",
    };

    private async Task<BanPageViewModel?> BanPageAsync(int id, BanInput input, CancellationToken cancellationToken)
    {
        var row = await RowsOf(db.Comments.Where(c => c.Id == id)).SingleOrDefaultAsync(cancellationToken);
        var hasEmail = await db.Comments.AnyAsync(c => c.Id == id && c.AuthorEmail != null, cancellationToken);
        return row is null ? null : new BanPageViewModel(row, hasEmail, input)
        {
            StateCounts = await moderation.CountByStateAsync(cancellationToken),
        };
    }

    private IQueryable<QueueRowViewModel> Rows(CommentStatus status, int? article)
    {
        var comments = db.Comments.Where(c => c.Status == status);
        if (article is not null)
            comments = comments.Where(c => c.ArticleId == article);
        return RowsOf(comments.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id));
    }

    private IQueryable<QueueRowViewModel> RowsOf(IQueryable<Comment> comments) =>
        from c in comments.AsNoTracking()
        join a in db.Articles on c.ArticleId equals a.Id
        select new QueueRowViewModel(c.Id, c.ArticleId, a.Headline, c.AuthorName, c.Body, c.CreatedAt, c.ParentId != null);
}
