using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>
/// Who gets the staff, profile, section and tag pages, and posts without a token. Refusals, route by route and
/// role by role, are the route × role matrix's (<see cref="RouteRoleMatrixTests"/>).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class AdminAccessTests(NewsCmsApplication app) : AppTest(app)
{
    [Theory]
    [InlineData(Roles.Reporter)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Admin)]
    public async Task Every_role_has_a_profile_page(string role)
    {
        using var client = await App.SignedInClientAsync(role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/profile")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Editor, "/admin/sections")]
    [InlineData(Roles.Editor, "/admin/tags")]
    [InlineData(Roles.Admin, "/admin/sections")]
    [InlineData(Roles.Admin, "/admin/users")]
    public async Task Staff_with_the_role_get_the_page(string role, string url)
    {
        using var client = await App.SignedInClientAsync(role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
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
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x", ["DisplayName"] = "x" });

        using var response = await admin.PostAsync(url.Replace("ID", reporter.Id, StringComparison.Ordinal), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
