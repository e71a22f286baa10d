using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>"Are you sure" pages before Unpublish, Archive, Take over and Restore revision; each posts to the action's own route.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class ConfirmationsController(ArticleEditorModels models) : Controller
{
    [HttpGet("/admin/articles/{id:int}/confirm/{what}")]
    public async Task<IActionResult> Confirm(int id, string what, [FromQuery] long? revision, CancellationToken cancellationToken)
    {
        var article = await models.LoadAsync(id, cancellationToken);
        if (article is null || Confirmations.For(what, id, article.Headline, revision) is not { } model)
            return NotFound();
        return Confirmations.Allows(what, article, User.ToActor()) ? View(model) : Forbid();
    }
}
