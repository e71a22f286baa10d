using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageSections))]
[Route("admin/sections")]
public sealed class SectionsController(NewsDbContext db, IPublicPageCache pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SectionRowViewModel(s.Id, s.Name, s.Slug, db.Articles.Count(a => a.SectionId == s.Id)))
            .ToListAsync(cancellationToken);
        return View(new SectionsViewModel(sections, new SectionInput()));
    }

    [HttpGet("new")]
    public IActionResult New() => View(new SectionInput());

    [HttpPost("new")]
    public async Task<IActionResult> Create(SectionInput input, CancellationToken cancellationToken)
    {
        await CheckSlugIsFreeAsync(input, null, cancellationToken);
        if (!ModelState.IsValid)
            return View(nameof(New), input);

        db.Sections.Add(new Section(input.Name.Trim(), input.EffectiveSlug));
        await db.SaveChangesAsync(cancellationToken); // evicts every page and the header's section menu (ChangedPublicPages)
        TempData["Notice"] = $"Section “{input.Name.Trim()}” added.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
            return NotFound();
        return View(await EditPageAsync(section, new SectionInput { Name = section.Name, Slug = section.Slug }, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, SectionInput input, CancellationToken cancellationToken)
    {
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
            return NotFound();
        await CheckSlugIsFreeAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
            return View(await EditPageAsync(section, input, cancellationToken));

        section.Rename(input.Name.Trim(), input.EffectiveSlug);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"Section “{section.Name}” saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var name = await db.Sections.Where(s => s.Id == id).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFound();

        // The articles stay, without a section: the database sets their section_id to NULL (ON DELETE SET NULL).
        await db.Sections.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        // A bulk delete goes around the change tracker, so the pages (every header shows the menu) are evicted here.
        await pages.EvictAsync([PublicPageTags.All], CancellationToken.None);
        TempData["Notice"] = $"Section “{name}” deleted. Its articles are kept, with no section.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<SectionEditViewModel> EditPageAsync(Section section, SectionInput input, CancellationToken cancellationToken) =>
        new(section.Id, section.Name, await db.Articles.CountAsync(a => a.SectionId == section.Id, cancellationToken), input);

    private async Task CheckSlugIsFreeAsync(SectionInput input, int? exceptId, CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState(nameof(input.Slug)) == ModelValidationState.Invalid)
            return;
        var slug = input.EffectiveSlug;
        if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != exceptId, cancellationToken))
            ModelState.AddModelError(nameof(input.Slug), $"Another section already uses the slug “{slug}”.");
    }
}
