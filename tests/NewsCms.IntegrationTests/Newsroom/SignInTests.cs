using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

[Collection(SharedApp.Name)]
public sealed class SignInTests(NewsCmsApplication app)
{
    [Fact]
    public async Task Login_page_has_the_contract_labels_and_button()
    {
        var document = await Html.ParseAsync((await app.GetAsync("/account/login")).Html);

        Assert.Equal("Email", document.QuerySelector("label[for=Email]")!.Text());
        Assert.Equal("Password", document.QuerySelector("label[for=Password]")!.Text());
        Assert.Equal("Sign in", document.QuerySelector("form button[type=submit]")!.Text());
    }

    [Fact]
    public async Task Staff_sign_in_and_reach_the_newsroom()
    {
        using var client = await app.SignedInClientAsync(Roles.Reporter);

        using var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("My drafts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_re_shows_the_form_with_a_reason()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        using var client = app.CreatePlainClient();

        using var response = await client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = "not the password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match an account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Lockout after failed attempts, with the same answer as a wrong password: Security/SessionTests.

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_refused()
    {
        using var client = app.CreatePlainClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.c", ["Password"] = "x" });

        using var response = await client.PostAsync("/account/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await app.SignedInClientAsync(Roles.Editor);

        (await client.PostFormAsync("/account/logout", [])).Dispose();

        using var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
