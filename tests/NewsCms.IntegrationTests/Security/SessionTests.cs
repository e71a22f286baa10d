using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Staff;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, items 3 and 4: sign-in tells nothing about accounts; sign-out ends the session on the server.</summary>
[Collection(SharedApp.Name)]
public sealed class SessionTests(NewsCmsApplication app)
{
    [Fact]
    public async Task A_copied_session_cookie_is_worthless_after_sign_out()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var login = await client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = staff.Password });
        var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("newscms.staff=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode);

        (await client.PostFormAsync("/account/logout", [], "/account/logout")).Dispose();

        using var replay = await ReplayAsync(cookie);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/login", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        using var thief = app.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }

    [Fact]
    public async Task Unknown_email_wrong_password_and_locked_account_get_the_same_answer()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        var locked = await app.CreateStaffAsync(Roles.Editor);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddHours(1));
        }
        using var client = app.CreatePlainClient();

        var unknown = await AttemptAsync(client, $"nobody.{Guid.NewGuid():N}@newscms.test", "some password");
        var wrong = await AttemptAsync(client, staff.Email, "not the password");
        var lockedOut = await AttemptAsync(client, locked.Email, locked.Password);

        foreach (var (status, html, _) in new[] { unknown, wrong, lockedOut })
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(WebUtility.HtmlEncode(AccountController.FailedMessage), html, StringComparison.Ordinal);
            Assert.DoesNotContain("locked:", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_email_costs_a_password_check_like_a_wrong_password()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        using var client = app.CreatePlainClient();
        await AttemptAsync(client, staff.Email, "warm up");

        var unknown = TimeSpan.Zero;
        var wrong = TimeSpan.Zero;
        for (var i = 0; i < 3; i++)
        {
            unknown += (await AttemptAsync(client, $"nobody.{Guid.NewGuid():N}@newscms.test", "some password")).Elapsed;
            wrong += (await AttemptAsync(client, staff.Email, $"wrong {i}")).Elapsed;
        }

        // PBKDF2 dominates a wrong password's answer; without the decoy check an unknown email answered in a fraction of it.
        Assert.True(unknown.TotalMilliseconds > wrong.TotalMilliseconds * 0.4, $"unknown {unknown.TotalMilliseconds} ms, wrong {wrong.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Ten_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        using var client = app.CreatePlainClient();
        for (var i = 0; i < 9; i++)
            await AttemptAsync(client, staff.Email, "wrong");
        Assert.Equal(HttpStatusCode.Redirect, (await AttemptAsync(client, staff.Email, staff.Password)).Status);
        for (var i = 0; i < 10; i++)
            await AttemptAsync(client, staff.Email, "wrong");

        var (status, html, _) = await AttemptAsync(client, staff.Email, staff.Password);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(WebUtility.HtmlEncode(AccountController.FailedMessage), html, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Html, TimeSpan Elapsed)> AttemptAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = StaffSignIn.AntiforgeryToken(page),
        });
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/account/login", content);
        var elapsed = watch.Elapsed;
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), elapsed);
    }
}
