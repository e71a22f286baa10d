using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;

namespace NewsCms.Web.Areas.Moderation.ViewComponents;

/// <summary>The moderation nav: one link per state with its count, "Pending (3)".</summary>
public sealed class StateCountsViewComponent(NewsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var counts = await db.Comments.AsNoTracking()
            .GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var model = Enum.GetValues<CommentStatus>().Select(s => (s, counts.GetValueOrDefault(s))).ToList();
        return View(model);
    }
}
