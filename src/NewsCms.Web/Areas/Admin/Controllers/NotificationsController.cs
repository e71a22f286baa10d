using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Desk;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Staff;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>The bell's page: the newest notifications; opening it marks them read (the page still marks which were new).</summary>
[Area("Admin")]
[Authorize(Policy = StaffExtensions.StaffPolicy)]
public sealed class NotificationsController(Notifications notifications) : Controller
{
    [HttpGet("/admin/notifications")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new NotificationsViewModel(await notifications.ReadLatestAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken)));
}
