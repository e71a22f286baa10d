using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Renaming and deleting tags. Tags are created on the fly by the article editor, so there is no "new" here.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageSections))]
[Route("admin/tags")]
public sealed class TagsController(NewsDbContext db, IPublicPageCache pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // One query: the tags left-joined to their use counts, grouped over the article_tags join table.
        var uses = db.Articles.SelectMany(a => a.Tags).GroupBy(t => t.Id).Select(g => new { TagId = g.Key, Count = g.Count() });
        var tags = await (
                from tag in db.Tags.AsNoTracking()
                join use in uses on tag.Id equals use.TagId into used
                from use in used.DefaultIfEmpty()
                orderby tag.Name
                select new TagRowViewModel(tag.Id, tag.Name, tag.Slug, (int?)use.Count ?? 0))
            .ToListAsync(cancellationToken);
        return View(new TagsViewModel(tags));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
            return NotFound();
        return View(await EditPageAsync(tag, new TagInput { Name = tag.Name, Slug = tag.Slug }, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, TagInput input, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
            return NotFound();
        await CheckSlugIsFreeAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
            return View(await EditPageAsync(tag, input, cancellationToken));

        tag.Rename(input.Name.Trim(), input.EffectiveSlug);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"Tag “{tag.Name}” saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var name = await db.Tags.Where(t => t.Id == id).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFound();

        // Articles keep existing; only their link to the tag goes (article_tags rows cascade).
        await db.Tags.Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken);
        // A bulk delete goes around the change tracker: the tag's page and the pages naming it are evicted here.
        await pages.EvictAsync([PublicPageTags.All], CancellationToken.None);
        TempData["Notice"] = $"Tag “{name}” deleted. Its articles are kept, without it.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<TagEditViewModel> EditPageAsync(Tag tag, TagInput input, CancellationToken cancellationToken) =>
        new(tag.Id, tag.Name, await db.Articles.CountAsync(a => a.Tags.Any(t => t.Id == tag.Id), cancellationToken), input);

    private async Task CheckSlugIsFreeAsync(TagInput input, int exceptId, CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState(nameof(input.Slug)) == ModelValidationState.Invalid)
            return;
        var slug = input.EffectiveSlug;
        if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != exceptId, cancellationToken))
            ModelState.AddModelError(nameof(input.Slug), $"Another tag already uses the slug “{slug}”.");
    }
}
