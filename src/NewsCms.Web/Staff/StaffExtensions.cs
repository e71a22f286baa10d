using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

public static class StaffExtensions
{
    /// <summary>Any member of staff, whatever their role: for what everyone has, such as their own profile.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>The per-address limit on the sign-in POST.</summary>
    public const string SignInRateLimitPolicy = "sign-in";

    /// <summary>Where staff pages live: never stored by a browser or a shared cache.</summary>
    private static readonly string[] StaffPaths = ["/admin", "/moderation", "/account"];

    /// <summary>
    /// Staff sign-in with ASP.NET Core Identity on our PostgreSQL; one authorisation policy per capability,
    /// named after it, with the roles from <see cref="Capabilities"/> (the one table of who may do what); the staff accounts desk.
    /// </summary>
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInSettings>()
            .Bind(configuration.GetSection(SignInSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AccountSettings>()
            .Bind(configuration.GetSection(AccountSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(options => options.AddPolicy(SignInRateLimitPolicy, PerAddress));
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffSessions>();
        services.AddScoped<StaffMenuCounts>();
        services.AddScoped<PasswordLinks>();
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 10; // twice the per-address limit (docs/decisions.md)
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<NewsDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);

        // Mailed links live as long as the settings say: a reset link hours, an invitation days.
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountSettings>>((tokens, accounts) => tokens.TokenLifespan = accounts.Value.ResetLinkLifetime);
        services.AddOptions<InvitationTokenProviderOptions>()
            .Configure<IOptions<AccountSettings>>((tokens, accounts) => tokens.TokenLifespan = accounts.Value.InvitationLifetime);

        // "Remember this device" at the second step of signing in lasts as long as the setting says.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme)
            .Configure<IOptions<AccountSettings>>((cookie, accounts) => cookie.ExpireTimeSpan = TimeSpan.FromDays(accounts.Value.RememberDeviceDays));
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<AdminTwoFactorFilter>());

        // Role changes and disabled accounts reach signed-in sessions within a minute.
        // The refreshed principal is built afresh from the account: it keeps the cookie's session id.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(StaffSignInManager.SessionClaim) is { } session)
                    context.NewPrincipal?.Identities.First().AddClaim(new Claim(session.Type, session.Value));
                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "newscms.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;

            // Every signed-in request looks up its session row joined to the account (one query; readers carry no
            // cookie): an ended session (signed out, ended from the profile or by an admin) or a changed stamp is
            // refused at once, on every node, not a minute later. Then the usual check, which refreshes roles.
            options.Events.OnValidatePrincipal = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
                var userId = context.Principal?.FindFirstValue(identity.UserIdClaimType);
                var check = StaffSignInManager.SessionOf(context.Principal) is { } session && userId is not null
                    ? await services.GetRequiredService<StaffSessions>().CheckAsync(session, userId)
                    : null;
                if (check is not { Live: true } || check.AccountStamp != context.Principal?.FindFirstValue(identity.SecurityStampClaimType))
                {
                    context.RejectPrincipal();
                    await services.GetRequiredService<SignInManager<StaffUser>>().SignOutAsync();
                    return;
                }
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };

            // A signed-in person without the role gets a real 403 (and its page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(options =>
        {
            foreach (var capability in Enum.GetValues<Capability>())
                options.AddPolicy(capability.ToString(), policy => policy.RequireRole(Capabilities.RolesWith(capability)));
            options.AddPolicy(StaffPolicy, policy => policy.RequireRole(Roles.All));
        });
        return services;
    }

    /// <summary>A fixed window per client address (after forwarded headers from a trusted proxy).</summary>
    private static RateLimitPartition<string> PerAddress(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<SignInSettings>>().Value;
        var key = context.Connection.RemoteIpAddress?.ToString() ?? "";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.AttemptsPerWindow,
            Window = TimeSpan.FromMinutes(settings.WindowMinutes),
            QueueLimit = 0,
        });
    }

    /// <summary>Staff pages answer with Cache-Control: no-store, errors included, whatever else set a header.</summary>
    public static void UseStaffPagesUncached(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (StaffPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
