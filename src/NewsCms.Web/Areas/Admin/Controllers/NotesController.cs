using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Desk;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Editorial notes: whoever may open the story in the newsroom may add to its thread.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class NotesController(NewsDbContext db, EditorialNotes notes, DeskModels desk) : Controller
{
    [HttpPost("/admin/articles/{id:int}/notes")]
    public async Task<IActionResult> Add(int id, NoteInput input, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var article = await db.Articles.FindAsync([id], cancellationToken);
        if (article is null)
            return NotFound();
        if (!ArticleWorkflow.CanView(article, actor))
            return Forbid();
        if (EditorialNotes.Check(input.Note) is { } reason)
        {
            ModelState.AddModelError(nameof(NoteInput.Note), reason);
            var model = await desk.EditorWithNoteAsync(id, actor, input.Note, cancellationToken);
            return model is null ? NotFound() : this.EditorView(model);
        }

        await notes.AddAsync(actor, article, input.Note!, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Note added.";
        return Redirect($"/admin/articles/{id}/edit#notes");
    }
}
