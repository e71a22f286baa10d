using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Moderation.Models;

namespace NewsCms.Web.Areas.Moderation.Controllers;

/// <summary>The comment queue: filters, search, keyset pages of 100; actions on one comment or a selection.</summary>
[Area("Moderation")]
[Authorize(Policy = nameof(Capability.ModerateComments))]
public sealed class QueueController(NewsDbContext db, QueueReader queue, CommentModeration moderation, TimeProvider clock) : Controller
{
    private const int ArticleChoices = 100;

    [HttpGet("/moderation")]
    public async Task<IActionResult> Index([FromQuery] QueueQuery query, CancellationToken cancellationToken)
    {
        var page = await queue.ReadAsync(query.ToFilter(), cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Comments.Any() || a.Id == query.Article)
            .OrderByDescending(a => a.PublishedAt)
            .Take(ArticleChoices)
            .Select(a => new ArticleOption(a.Id, a.Headline))
            .ToListAsync(cancellationToken);
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SectionOption(s.Id, s.Name))
            .ToListAsync(cancellationToken);
        return View(new QueueViewModel(query, page, articles, sections, clock.GetUtcNow())
        {
            StateCounts = await moderation.CountByStateAsync(cancellationToken),
        });
    }

    /// <summary>
    /// One verb for the ticked comments. <c>Select all</c> (<c>all</c>) stands for every comment the page showed
    /// (<c>page</c>), so it works without script; the script only ticks the boxes to show it.
    /// </summary>
    [HttpPost("/moderation/comments")]
    public Task<IActionResult> Bulk([FromForm] int[] ids, [FromForm] bool all, [FromForm] int[] page, [FromForm] ModerationVerb? verb, [FromForm] string? back, CancellationToken cancellationToken) =>
        ApplyAsync(all ? page : ids, verb, back, cancellationToken);

    [HttpPost("/moderation/comments/{id:int}")]
    public Task<IActionResult> One(int id, [FromForm] ModerationVerb? verb, [FromForm] string? back, CancellationToken cancellationToken) =>
        ApplyAsync([id], verb, back, cancellationToken);

    private async Task<IActionResult> ApplyAsync(int[] ids, ModerationVerb? verb, string? back, CancellationToken cancellationToken)
    {
        if (verb is not { } chosen || !CommentModeration.CommentVerbs.Contains(chosen))
            return BadRequest();
        var done = ids.Length == 0 ? 0 : await moderation.ApplyAsync(ids.Distinct().ToList(), chosen, User.ToActor(), cancellationToken);
        TempData["Notice"] = done switch
        {
            0 when ids.Length == 0 => "No comment was selected.",
            0 => $"Nothing to do: {QueueButtons.Label(chosen)} does not apply to the selected comments.",
            1 => $"{QueueButtons.Past(chosen)} 1 comment.",
            _ => $"{QueueButtons.Past(chosen)} {done} comments.",
        };
        return Redirect(BackTo(back));
    }

    /// <summary>Back to the view the button was pressed on; only a queue address is trusted.</summary>
    internal static string BackTo(string? back) =>
        back is not null && (back == "/moderation" || back.StartsWith("/moderation?", StringComparison.Ordinal)) ? back : "/moderation";
}
