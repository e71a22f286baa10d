using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>Issue 15's staff accounts as people use them: links from captured mail, and an authenticator app's codes.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccountJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string NewPassword = "Morning-Edition-2026";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_mailed_link()
    {
        var staff = await App.CreateStaffAsync(Roles.Editor);
        var page = await App.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(staff.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reset link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("on its way");

        await SetPasswordFromMailAsync(page, staff.Email);
        await SignInAsync(page, staff.Email, NewPassword);

        await page.ArrivedAtAsync("**/admin");
        Assert.Empty(App.ConsoleErrors);
    }

    [Fact]
    public async Task An_invitation_is_accepted_from_the_mailed_link()
    {
        var admin = await App.CreateStaffAsync(Roles.Admin);
        var invitee = $"new.reporter.{Guid.NewGuid():N}@newscms.test";
        var page = await App.NewPageAsync();
        await SignInAsync(page, admin.Email, admin.Password);
        await page.ArrivedAtAsync("**/admin");
        await page.GotoAsync("/admin/users");
        await page.GetByLabel("Email").FillAsync(invitee);
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {invitee}");
        await page.Context.CloseAsync();

        page = await App.NewPageAsync();
        await SetPasswordFromMailAsync(page, invitee);
        await SignInAsync(page, invitee, NewPassword);

        await page.ArrivedAtAsync("**/admin");
        Assert.Empty(App.ConsoleErrors);
    }

    [Fact]
    public async Task Two_factor_enrolment_then_sign_in_with_the_apps_code_and_a_remembered_device()
    {
        var staff = await App.CreateStaffAsync(Roles.Reporter);
        var page = await App.NewPageAsync();
        await SignInAsync(page, staff.Email, staff.Password);
        await page.ArrivedAtAsync("**/admin");
        await page.GotoAsync("/admin/profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" })).ToBeVisibleAsync();
        var key = (await page.GetByLabel("Key", new() { Exact = true }).InnerTextAsync()).Trim();
        await page.GetByLabel("Code").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        page = await App.NewPageAsync();
        await SignInAsync(page, staff.Email, staff.Password);
        await page.ArrivedAtAsync("**/account/two-factor**");
        await page.GetByLabel("Code").FillAsync(Totp.Code(key));
        await page.GetByLabel("Remember this device").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ArrivedAtAsync("**/admin");

        // The session ends (its cookie gone, as when the browser closes); the remembered device skips the code.
        await page.Context.ClearCookiesAsync(new() { Name = "newscms.staff" });
        await SignInAsync(page, staff.Email, staff.Password);
        await page.ArrivedAtAsync("**/admin");
        Assert.Empty(App.ConsoleErrors);
    }

    private async Task SetPasswordFromMailAsync(IPage page, string email)
    {
        var link = SmtpSink.LinkIn(App.Mail.SingleTo(email), "/account/set-password");
        await page.GotoAsync(link.ToString());
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByLabel("Confirm password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is set");
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal))
            await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
