using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;

namespace NewsCms.Web.Comments;

/// <summary>The staff menu's "Moderation (N)": how many comments wait. Staff pages are never cached, so it is always current.</summary>
public sealed class PendingCommentsViewComponent(NewsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, HttpContext.RequestAborted));
}
