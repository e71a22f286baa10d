using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>The activity log: who did what to which article or account, and when. Admins only.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageUsers))]
public sealed class ActivityController(ActivityModels models) : Controller
{
    [HttpGet("/admin/activity")]
    public async Task<IActionResult> Index([FromQuery] ActivityFilterInput filter, CancellationToken cancellationToken) =>
        filter.Page > 1 && Paging.IsOutOfRange(filter.Page, ActivityModels.PageSize)
            ? NotFound()
            : View(await models.BuildAsync(filter, cancellationToken));
}
