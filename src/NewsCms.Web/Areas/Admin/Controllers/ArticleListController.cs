using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Every article in the newsroom, whoever wrote it; opening one for editing is where rights are checked.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
public sealed class ArticleListController(ArticleListModels models, NewsroomOptions newsroom) : Controller
{
    [HttpGet("/admin/articles")]
    public async Task<IActionResult> Index([FromQuery] ArticleListFilter filter, CancellationToken cancellationToken)
    {
        if (Paging.IsOutOfRange(filter.Page, newsroom.PageSize))
            return NotFound();
        return await models.BuildAsync(filter, cancellationToken) is { } model
            ? View(model with { CanBulk = User.ToActor().Can(Capability.PublishArticles) })
            : NotFound();
    }
}
