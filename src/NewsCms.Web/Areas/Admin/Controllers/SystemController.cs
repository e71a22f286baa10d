using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.Web.Operations;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>The System page: what every node did in the last hour (docs/operations.md). Admins only.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageUsers))]
public sealed class SystemController(NewsDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/admin/system")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await SystemPage.BuildAsync(db, clock.GetUtcNow(), cancellationToken));
}
