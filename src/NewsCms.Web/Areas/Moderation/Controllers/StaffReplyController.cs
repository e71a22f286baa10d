using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Moderation.Models;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Moderation.Controllers;

/// <summary><c>Reply as staff</c>: the publication answers a reader, public at once. Editors as well as moderators.</summary>
[Area("Moderation")]
[Authorize(Policy = nameof(Capability.ReplyAsStaff))]
public sealed class StaffReplyController(NewsDbContext db, QueueReader queue, CommentModeration moderation, CommentEditing editing, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/moderation/comments/{id:int}/reply")]
    public async Task<IActionResult> Reply(int id, CancellationToken cancellationToken) =>
        await queue.RowAsync(id, cancellationToken) is { } row ? await PageAsync(row, new CommentTextInput(), cancellationToken) : NotFound();

    [HttpPost("/moderation/comments/{id:int}/reply")]
    public async Task<IActionResult> Reply(int id, CommentTextInput input, CancellationToken cancellationToken)
    {
        if (await queue.RowAsync(id, cancellationToken) is not { } row)
            return NotFound();
        if (!ModelState.IsValid)
            return await PageAsync(row, input, cancellationToken);
        if (await editing.ReplyAsStaffAsync(id, input.Body!, newsroom.Name, User.ToActor(), cancellationToken) is not { } reply)
        {
            ModelState.AddModelError($"{nameof(CommentTextPageViewModel.Input)}.{nameof(CommentTextInput.Body)}", "Only a pending or approved comment can be answered.");
            return await PageAsync(row, input, cancellationToken);
        }

        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == reply.ArticleId)
            .Select(a => new { a.PublishedOn, a.Slug })
            .SingleAsync(cancellationToken);
        return Redirect(article.PublishedOn is { } day ? $"{ArticleUrl.For(day, article.Slug)}#comment-{reply.Id}" : $"/moderation/articles/{reply.ArticleId}");
    }

    /// <summary>The moderation menu's counts only for those who moderate (an editor's menu has none).</summary>
    private async Task<IActionResult> PageAsync(QueueRow row, CommentTextInput input, CancellationToken cancellationToken)
    {
        var counts = User.ToActor().Can(Capability.ModerateComments) ? await moderation.CountByStateAsync(cancellationToken) : null;
        return View("Reply", new CommentTextPageViewModel(row, input) { StateCounts = counts });
    }
}
