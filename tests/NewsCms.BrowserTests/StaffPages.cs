using Microsoft.Playwright;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>A staff member's browser page, signed in through the real form, with any 4xx/5xx answer counted as an error.</summary>
public static class StaffPages
{
    public static async Task<IPage> SignedInPageAsync(this BrowserApplication app, StaffMember staff, bool script = true)
    {
        var page = await app.NewPageAsync(script);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
                app.ConsoleErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
        };
        return await page.SignInAsync(staff, "/admin");
    }

    /// <summary>A new page signed in through the form, once the person's landing page (/admin, /moderation) is reached.</summary>
    public static async Task<IPage> SignedInAsync(this BrowserApplication app, StaffMember staff, string landing = "/admin", bool script = true) =>
        await (await app.NewPageAsync(script)).SignInAsync(staff, landing);

    private static async Task<IPage> SignInAsync(this IPage page, StaffMember staff, string landing)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(staff.Email);
        await page.GetByLabel("Password").FillAsync(staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArrivedAtAsync("**" + landing);
        return page;
    }
}
