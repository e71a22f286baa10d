using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>Who may open the staff, profile, section and tag pages; refusals route by route.</summary>
[Collection(SharedApp.Name)]
public sealed class AdminAccessTests(NewsCmsApplication app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Roles.Editor, "/admin/users")]
    [InlineData(Roles.Editor, "/admin/users/new")]
    [InlineData(Roles.Reporter, "/admin/users")]
    [InlineData(Roles.Moderator, "/admin/users")]
    [InlineData(Roles.Moderator, "/admin/sections")]
    [InlineData(Roles.Moderator, "/admin/sections/new")]
    [InlineData(Roles.Moderator, "/admin/tags")]
    [InlineData(Roles.Reporter, "/admin/sections")]
    [InlineData(Roles.Reporter, "/admin/tags")]
    public async Task Staff_without_the_role_get_403(string role, string url)
    {
        using var client = await app.SignedInClientAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_editor_cannot_disable_an_account_even_with_a_valid_form_token()
    {
        var reporter = await app.CreateStaffAsync(Roles.Reporter);
        using var editor = await app.SignedInClientAsync(Roles.Editor);

        using var response = await editor.PostFormAsync($"/admin/users/{reporter.Id}/disable", [], "/admin/profile");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_with_no_role_cannot_open_a_profile()
    {
        using var client = await app.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/profile")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Reporter)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Admin)]
    public async Task Every_role_has_a_profile_page(string role)
    {
        using var client = await app.SignedInClientAsync(role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/profile")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Editor, "/admin/sections")]
    [InlineData(Roles.Editor, "/admin/tags")]
    [InlineData(Roles.Admin, "/admin/sections")]
    [InlineData(Roles.Admin, "/admin/users")]
    public async Task Staff_with_the_role_get_the_page(string role, string url)
    {
        using var client = await app.SignedInClientAsync(role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/new")]
    [InlineData("/admin/profile")]
    [InlineData("/admin/sections")]
    [InlineData("/admin/tags")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = app.CreatePlainClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/users/new")]
    [InlineData("/admin/users/ID/edit")]
    [InlineData("/admin/users/ID/disable")]
    [InlineData("/admin/users/ID/enable")]
    [InlineData("/admin/users/ID/reset-password")]
    [InlineData("/admin/profile")]
    [InlineData("/admin/profile/password")]
    [InlineData("/admin/sections/new")]
    [InlineData("/admin/sections/1/edit")]
    [InlineData("/admin/sections/1/delete")]
    [InlineData("/admin/tags/1/edit")]
    [InlineData("/admin/tags/1/delete")]
    public async Task Posts_without_an_antiforgery_token_are_refused(string url)
    {
        var reporter = await app.CreateStaffAsync(Roles.Reporter);
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x", ["DisplayName"] = "x" });

        using var response = await admin.PostAsync(url.Replace("ID", reporter.Id, StringComparison.Ordinal), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
