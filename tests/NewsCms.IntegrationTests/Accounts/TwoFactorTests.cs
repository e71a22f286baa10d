using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Staff;

namespace NewsCms.IntegrationTests.Accounts;

/// <summary>Issue 15, item 12: two-factor sign-in with an authenticator app, recovery codes, and an admin's reset.</summary>
[Collection(SharedApp.Name)]
public sealed class TwoFactorTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task After_enrolment_signing_in_asks_for_the_code_and_accepts_the_right_one()
    {
        var staff = await App.CreateStaffAsync(Roles.Editor);
        await EnrolAsync(App, staff);

        using var client = App.CreatePlainClient();
        using (var password = await LogInAsync(client, staff))
            Assert.StartsWith("/account/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        using (var wrong = await client.PostFormAsync("/account/two-factor", new() { ["Code"] = "000000" }))
            Assert.Contains(WebUtility.HtmlEncode(TwoFactorSignInController.WrongCodeMessage), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var right = await client.PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(staff.Key) }))
            Assert.Equal("/admin", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var staff = await App.CreateStaffAsync(Roles.Reporter);
        var codes = (await EnrolAsync(App, staff)).Codes;
        Assert.Equal(10, codes.Count);

        using var first = App.CreatePlainClient();
        (await LogInAsync(first, staff)).Dispose();
        using (var used = await first.PostFormAsync("/account/two-factor/recovery", new() { ["RecoveryCode"] = codes[0] }))
            Assert.Equal("/admin", used.Headers.Location!.OriginalString);

        using var second = App.CreatePlainClient();
        (await LogInAsync(second, staff)).Dispose();
        using var again = await second.PostFormAsync("/account/two-factor/recovery", new() { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("not one of your unused recovery codes", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_resets_a_lost_second_factor_and_the_password_alone_signs_in_again()
    {
        var staff = await App.CreateStaffAsync(Roles.Reporter);
        await EnrolAsync(App, staff);
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        Assert.Contains("Reset two-factor sign-in", await admin.GetStringAsync($"/admin/users/{staff.Id}/edit"), StringComparison.Ordinal);

        (await admin.PostFormAsync($"/admin/users/{staff.Id}/reset-two-factor", [], $"/admin/users/{staff.Id}/edit")).Dispose();

        using var client = App.CreatePlainClient();
        using var login = await LogInAsync(client, staff);
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);
        Assert.Contains("Set up two-factor sign-in", await client.GetStringAsync("/admin/profile"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_step_without_a_right_password_sends_back_to_sign_in()
    {
        using var client = App.CreatePlainClient();

        using var response = await client.GetAsync("/account/two-factor");

        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
    }

    public sealed record Enrolled(string Key, IReadOnlyList<string> Codes);

    /// <summary>Enrols as a person does: the profile's link, the key shown as text, the app's code, Verify.</summary>
    public static async Task<Enrolled> EnrolAsync(NewsCmsApplication app, StaffMember staff)
    {
        using var client = await app.SignedInClientAsync(staff);
        var profile = await Html.ParseAsync(await client.GetStringAsync("/admin/profile"));
        var link = profile.QuerySelectorAll("a").Single(a => a.Text() == "Set up two-factor sign-in").GetAttribute("href")!;
        var setup = await Html.ParseAsync(await client.GetStringAsync(link));
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img.qr-code")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = setup.QuerySelector("#authenticator-key")!.Text();

        using var verified = await client.PostFormAsync(link, new() { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var page = await Html.ParseAsync(await verified.Content.ReadAsStringAsync());
        var codes = page.QuerySelectorAll(".recovery-codes code").Select(c => c.Text()).ToList();
        Assert.NotEmpty(codes);
        staff.Key = key;
        return new Enrolled(key, codes);
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, StaffMember staff) =>
        client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = staff.Password });
}

/// <summary>The app with Accounts:RequireTwoFactorForAdmins on.</summary>
public sealed class TwoFactorForAdminsApplication : NewsCmsApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:RequireTwoFactorForAdmins", "true");
    }
}

public sealed class RequiredTwoFactorTests(TwoFactorForAdminsApplication app) : IClassFixture<TwoFactorForAdminsApplication>
{
    [Fact]
    public async Task An_admin_without_a_second_factor_is_sent_to_set_it_up_and_cannot_turn_it_off()
    {
        var admin = await app.CreateStaffAsync(Roles.Admin);
        using (var client = await app.SignedInClientAsync(admin))
        {
            using var users = await client.GetAsync("/admin/users");
            Assert.Equal(AdminTwoFactorFilter.SetupPath, users.Headers.Location!.OriginalString);
        }

        await TwoFactorTests.EnrolAsync(app, admin);
        using var enrolled = app.CreatePlainClient();
        (await enrolled.PostFormAsync("/account/login", new() { ["Email"] = admin.Email, ["Password"] = admin.Password })).Dispose();
        (await enrolled.PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(admin.Key) })).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await enrolled.GetAsync("/admin/users")).StatusCode);
        Assert.DoesNotContain("Turn off two-factor sign-in", await enrolled.GetStringAsync(AdminTwoFactorFilter.SetupPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_is_not_made_to_set_it_up()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
    }
}
