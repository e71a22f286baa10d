using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

[Collection(SharedApp.Name)]
public sealed class ProfileTests(NewsCmsApplication app) : IAsyncLifetime
{
    private StaffMember _me = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _me = await app.CreateStaffAsync(Roles.Moderator);
        _client = await app.SignedInClientAsync(_me);
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Profile_page_has_the_contract_labels_and_buttons()
    {
        var page = await (await _client.GetAsync("/admin/profile")).PageAsync();

        Assert.Equal(
            ["Display name", "Bio", "Current password", "New password", "Confirm new password"],
            page.LabelTexts("DisplayName", "Bio", "CurrentPassword", "NewPassword", "ConfirmNewPassword"));
        Assert.Equal(["Save", "Change password"], page.ButtonTexts());
        Assert.NotNull(page.QuerySelector("nav a[href='/admin/profile']"));
    }

    [Fact]
    public async Task Staff_edit_their_own_display_name_and_bio_and_keep_their_author_slug()
    {
        var slugBefore = await AuthorSlugAsync();

        using var response = await _client.PostFormAsync("/admin/profile", new() { ["DisplayName"] = "Grace Moderator", ["Bio"] = "Keeps the comments civil." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var me = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == _me.Id));
        Assert.Equal(("Grace Moderator", "Keeps the comments civil.", slugBefore), (me.DisplayName, me.Bio, me.AuthorSlug));
    }

    [Fact]
    public async Task An_empty_display_name_is_refused_with_a_reason()
    {
        using var response = await _client.PostFormAsync("/admin/profile", new() { ["DisplayName"] = "  ", ["Bio"] = "" });

        Assert.Equal("Enter the name shown on your bylines.", (await response.PageAsync()).ReasonFor("DisplayName"));
    }

    [Fact]
    public async Task Changing_the_password_makes_the_new_one_work_and_the_old_one_fail_and_keeps_this_session()
    {
        using var response = await _client.PostFormAsync("/admin/profile/password", new()
        {
            ["CurrentPassword"] = _me.Password,
            ["NewPassword"] = "Correct-Horse-Battery-9",
            ["ConfirmNewPassword"] = "Correct-Horse-Battery-9",
        }, "/admin/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var again = await app.SignedInClientAsync(_me with { Password = "Correct-Horse-Battery-9" });
        Assert.False(await SignsInAsync(_me.Password));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/admin/profile")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_with_a_reason_beside_it()
    {
        using var response = await _client.PostFormAsync("/admin/profile/password", new()
        {
            ["CurrentPassword"] = "not-my-password",
            ["NewPassword"] = "Correct-Horse-Battery-9",
            ["ConfirmNewPassword"] = "Correct-Horse-Battery-9",
        }, "/admin/profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("That is not your current password.", (await response.PageAsync()).ReasonFor("CurrentPassword"));
        Assert.True(await SignsInAsync(_me.Password));
    }

    [Theory]
    [InlineData("Short-1", "Short-1", "NewPassword", "at least 12 characters")]
    [InlineData("Correct-Horse-Battery-9", "Correct-Horse-Battery-8", "ConfirmNewPassword", "not the same")]
    public async Task A_new_password_that_breaks_the_rules_is_refused_with_a_reason(string password, string confirmation, string field, string reason)
    {
        using var response = await _client.PostFormAsync("/admin/profile/password", new()
        {
            ["CurrentPassword"] = _me.Password,
            ["NewPassword"] = password,
            ["ConfirmNewPassword"] = confirmation,
        }, "/admin/profile");

        Assert.Contains(reason, (await response.PageAsync()).ReasonFor(field), StringComparison.Ordinal);
        Assert.True(await SignsInAsync(_me.Password));
    }

    private Task<string> AuthorSlugAsync() =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == _me.Id).Select(u => u.AuthorSlug).SingleAsync());

    private async Task<bool> SignsInAsync(string password)
    {
        using var client = app.CreatePlainClient();
        using var response = await client.PostFormAsync("/account/login", new() { ["Email"] = _me.Email, ["Password"] = password });
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
