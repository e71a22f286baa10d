using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Moderation.Models;

namespace NewsCms.Web.Areas.Moderation.Controllers;

/// <summary>Closing and reopening comments on one article: editors as well as moderators.</summary>
[Area("Moderation")]
[Authorize(Policy = nameof(Capability.CloseComments))]
public sealed class ArticleCommentsController(NewsDbContext db, CommentModeration moderation) : Controller
{
    private const int AnswerableShown = 50;

    [HttpGet("/moderation/articles/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var model = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleCommentsViewModel(
                a.Id,
                a.Headline,
                a.CommentsOpen,
                a.Comments.Count(c => c.Status == CommentStatus.Approved),
                a.Comments.Count(c => c.Status == CommentStatus.Pending)))
            .SingleOrDefaultAsync(cancellationToken);
        if (model is null)
            return NotFound();

        // Editors answer readers from here (Reply as staff): the latest comments that can be answered.
        model = model with
        {
            Answerable = await db.Comments.AsNoTracking()
                .Where(c => c.ArticleId == id && c.StaffAuthorId == null && (c.Status == CommentStatus.Approved || c.Status == CommentStatus.Pending))
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
                .Take(AnswerableShown)
                .Select(c => new AnswerableComment(c.Id, c.AuthorName, c.Body, c.Status))
                .ToListAsync(cancellationToken),
        };
        return View(User.ToActor().Can(Capability.ModerateComments)
            ? model with { StateCounts = await moderation.CountByStateAsync(cancellationToken) }
            : model);
    }

    [HttpPost("/moderation/articles/{id:int}/comments/close")]
    public Task<IActionResult> Close(int id, CancellationToken cancellationToken) => SetAsync(id, open: false, cancellationToken);

    [HttpPost("/moderation/articles/{id:int}/comments/open")]
    public Task<IActionResult> Open(int id, CancellationToken cancellationToken) => SetAsync(id, open: true, cancellationToken);

    private async Task<IActionResult> SetAsync(int id, bool open, CancellationToken cancellationToken)
    {
        if (!await moderation.SetCommentsOpenAsync(id, open, User.ToActor(), cancellationToken))
            return NotFound();
        TempData["Notice"] = open ? "Comments are open again." : "Comments are closed.";
        return Redirect($"/moderation/articles/{id}");
    }
}
