using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

/// <summary>
/// With Accounts:RequireTwoFactorForAdmins, an admin without two-factor sign-in reaches nothing in the back
/// office but their profile (where they set it up) until it is on. Once on, Identity asks for the code at
/// every sign-in. The account is already loaded by the cookie's security-stamp check, so this costs no query.
/// </summary>
public sealed class AdminTwoFactorFilter(IOptions<AccountSettings> settings, UserManager<StaffUser> users) : IAsyncActionFilter
{
    public const string SetupPath = "/admin/profile/two-factor";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var user = context.HttpContext.User;
        if (settings.Value.RequireTwoFactorForAdmins
            && user.IsInRole(Roles.Admin)
            && (request.Path.StartsWithSegments("/admin") || request.Path.StartsWithSegments("/moderation"))
            && !request.Path.StartsWithSegments("/admin/profile")
            && await users.GetUserAsync(user) is { TwoFactorEnabled: false })
        {
            if (context.Controller is Controller controller)
                controller.TempData["Notice"] = "Admins must use two-factor sign-in on this site: set it up to go on.";
            context.Result = new LocalRedirectResult(SetupPath);
            return;
        }
        await next();
    }
}
