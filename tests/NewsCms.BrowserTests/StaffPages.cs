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
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(staff.Email);
        await page.GetByLabel("Password").FillAsync(staff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }
}
