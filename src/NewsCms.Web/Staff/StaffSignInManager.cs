using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

/// <summary>
/// Identity's sign-in, plus a <see cref="StaffSession"/> row whose id goes into the cookie. Every way of signing
/// in (password, authenticator code, recovery code) ends in <see cref="SignInWithClaimsAsync"/>, so none is missed;
/// a refresh after one's own stamp changed keeps the session it refreshes.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    StaffSessions sessions)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The cookie's claim naming its session row.</summary>
    public const string SessionClaim = "newscms:session";

    private Guid? refreshing;

    public static Guid? SessionOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(SessionClaim), out var id) ? id : null;

    public override async Task SignInWithClaimsAsync(StaffUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        Guid session;
        if (refreshing is { } kept)
        {
            session = kept;
            await sessions.RenewAsync(user.Id, kept, user.SecurityStamp ?? "");
        }
        else
        {
            var request = Context.Request;
            session = (await sessions.BeginAsync(user, request.Headers.UserAgent.ToString(), Context.Connection.RemoteIpAddress)).Id;
        }
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(SessionClaim, session.ToString())]);
    }

    /// <summary>Re-issues this session's cookie after the person's own stamp changed; their other sessions are over.</summary>
    public override async Task RefreshSignInAsync(StaffUser user)
    {
        refreshing = UserManager.GetUserId(Context.User) == user.Id ? SessionOf(Context.User) : null;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            refreshing = null;
        }
    }

    /// <summary>Signing out ends this session's row: a copy of the cookie is refused from now on; other devices carry on.</summary>
    public override async Task SignOutAsync()
    {
        if (SessionOf(Context.User) is { } session && UserManager.GetUserId(Context.User) is { } userId)
            await sessions.EndAsync(userId, session);
        await base.SignOutAsync();
    }
}
