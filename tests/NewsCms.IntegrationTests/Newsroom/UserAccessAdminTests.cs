using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>Disabling, enabling and resetting passwords: whether a person can sign in.</summary>
[Collection(SharedApp.Name)]
public sealed class UserAccessAdminTests(NewsCmsApplication app) : AppTest(app)
{
    private StaffMember _me = null!;
    private HttpClient _admin = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _me = await App.CreateStaffAsync(Roles.Admin);
        _admin = await App.SignedInClientAsync(_me);
    }

    public override Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_enabling_it_restores_access()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);

        using (var disabled = await _admin.PostFormAsync($"/admin/users/{reporter.Id}/disable", [], $"/admin/users/{reporter.Id}/edit"))
            Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Id == reporter.Id).Select(u => u.LockoutEnd == DateTimeOffset.MaxValue).SingleAsync()));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(NewsCms.Web.Staff.AccountController.FailedMessage), await SignInPageAsync(reporter.Email, reporter.Password), StringComparison.Ordinal); // the same answer as a wrong password (issue 12, item 3)
        Assert.Contains("Disabled", await _admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        using (var enabled = await _admin.PostFormAsync($"/admin/users/{reporter.Id}/enable", [], $"/admin/users/{reporter.Id}/edit"))
            Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        using var client = await App.SignedInClientAsync(reporter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_within_a_minute()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        using var session = await App.SignedInClientAsync(reporter);

        (await _admin.PostFormAsync($"/admin/users/{reporter.Id}/disable", [], $"/admin/users/{reporter.Id}/edit")).Dispose();
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        using var response = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_a_password_shows_the_new_one_once_and_the_old_one_stops_working()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);

        using var response = await _admin.PostFormAsync($"/admin/users/{reporter.Id}/reset-password", [], $"/admin/users/{reporter.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var password = (await response.DocumentAsync()).QuerySelector("#generated-password")!.Text();
        Assert.NotEqual(reporter.Password, password);
        Assert.Contains("do not match an account", await SignInPageAsync(reporter.Email, reporter.Password), StringComparison.Ordinal);
        using var client = await App.SignedInClientAsync(reporter with { Password = password });
    }

    [Fact]
    public async Task A_password_reset_lets_in_someone_locked_out_by_failed_attempts_but_not_a_disabled_account()
    {
        var lockedOut = await App.CreateStaffAsync(Roles.Reporter);
        var disabled = await App.CreateStaffAsync(Roles.Reporter);
        for (var i = 0; i < 10; i++)
            await SignInPageAsync(lockedOut.Email, "wrong");
        (await _admin.PostFormAsync($"/admin/users/{disabled.Id}/disable", [], $"/admin/users/{disabled.Id}/edit")).Dispose();

        var newPasswords = new List<string>();
        foreach (var person in new[] { lockedOut, disabled })
        {
            using var reset = await _admin.PostFormAsync($"/admin/users/{person.Id}/reset-password", [], $"/admin/users/{person.Id}/edit");
            newPasswords.Add((await reset.DocumentAsync()).QuerySelector("#generated-password")!.Text());
        }

        using var client = await App.SignedInClientAsync(lockedOut with { Password = newPasswords[0] });
        Assert.Contains(System.Net.WebUtility.HtmlEncode(NewsCms.Web.Staff.AccountController.FailedMessage), await SignInPageAsync(disabled.Email, newPasswords[1]), StringComparison.Ordinal); // the same answer as a wrong password (issue 12, item 3)
    }

    [Fact]
    public async Task An_admin_cannot_disable_their_own_account()
    {
        using var response = await _admin.PostFormAsync($"/admin/users/{_me.Id}/disable", [], $"/admin/users/{_me.Id}/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot disable your own account", (await response.DocumentAsync()).QuerySelector(".form__errors")!.Text(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Id == _me.Id).Select(u => u.LockoutEnd != null).SingleAsync()));
        Assert.DoesNotContain("Disable account", await _admin.GetStringAsync($"/admin/users/{_me.Id}/edit"), StringComparison.Ordinal);
    }

    private async Task<string> SignInPageAsync(string email, string password)
    {
        using var client = App.CreatePlainClient();
        using var response = await client.PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });
        return await response.Content.ReadAsStringAsync();
    }
}
