using Microsoft.AspNetCore.Identity;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

public static class StaffExtensions
{
    /// <summary>Any member of staff, whatever their role: for what everyone has, such as their own profile.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>
    /// Staff sign-in with ASP.NET Core Identity on our PostgreSQL; one authorisation policy per capability,
    /// named after it, with the roles from <see cref="Capabilities"/> (the one table of who may do what); the staff accounts desk.
    /// </summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddScoped<StaffAccounts>();
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<NewsDbContext>()
            .AddDefaultTokenProviders();

        // Role changes and disabled accounts reach signed-in sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
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
}
