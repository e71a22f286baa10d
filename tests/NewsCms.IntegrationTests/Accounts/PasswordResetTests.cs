using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Staff;

namespace NewsCms.IntegrationTests.Accounts;

/// <summary>Issue 15, item 11: a forgotten password is replaced through a link mailed to a real SMTP server.</summary>
public sealed class PasswordResetTests(MailingApplication app) : IClassFixture<MailingApplication>
{
    private const string NewPassword = "Riverside-Park-2026";

    [Fact]
    public async Task The_mailed_link_sets_a_new_password_once()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        using var client = app.CreatePlainClient();

        using (var asked = await AskForResetAsync(client, staff.Email))
            Assert.Equal("/account/forgot-password", asked.Headers.Location!.OriginalString);
        var mail = app.Mail.SingleTo(staff.Email);
        Assert.Contains("newsroom@newscms.test", mail.From.ToString(), StringComparison.Ordinal);
        var link = SmtpSink.LinkIn(mail, "/account/set-password");

        using (var set = await SetPasswordAsync(client, link, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
            Assert.Equal("/account/login", set.Headers.Location!.OriginalString);
        }
        using (await app.SignedInClientAsync(staff with { Password = NewPassword }))
        {
            // Signing in with the new password is the proof (SignedInClientAsync asserts the redirect).
        }

        using var again = await SetPasswordAsync(client, link, "Another-Password-2027");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(PasswordController.ExpiredMessage), await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(link.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var unknown = $"nobody.{Guid.NewGuid():N}@newscms.test";
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        using var client = app.CreateClient(new() { AllowAutoRedirect = true, HandleCookies = true });

        using var forUnknown = await AskForResetAsync(client, unknown);
        using var forKnown = await AskForResetAsync(client, staff.Email);

        var unknownPage = await forUnknown.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(PasswordController.SentMessage), unknownPage, StringComparison.Ordinal);
        Assert.Equal(Normalised(unknownPage), Normalised(await forKnown.Content.ReadAsStringAsync()));
        Assert.Empty(app.Mail.MessagesTo(unknown));
        Assert.Single(app.Mail.MessagesTo(staff.Email));
    }

    [Fact]
    public async Task A_too_weak_password_is_refused_beside_the_field_and_the_link_still_works()
    {
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        using var client = app.CreatePlainClient();
        (await AskForResetAsync(client, staff.Email)).Dispose();
        var link = SmtpSink.LinkIn(app.Mail.SingleTo(staff.Email), "/account/set-password");

        using var weak = await SetPasswordAsync(client, link, "short");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        var page = await Html.ParseAsync(await weak.Content.ReadAsStringAsync());
        Assert.NotEmpty(page.QuerySelector("[data-valmsg-for=NewPassword]")!.Text());

        using var good = await SetPasswordAsync(client, link, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_gets_no_link()
    {
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        await app.WithAccountsAsync(async (accounts, users) => await accounts.DisableAsync((await users.FindByIdAsync(staff.Id))!));
        using var client = app.CreatePlainClient();

        using var asked = await AskForResetAsync(client, staff.Email);

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Empty(app.Mail.MessagesTo(staff.Email));
    }

    public static Task<HttpResponseMessage> AskForResetAsync(HttpClient client, string email) =>
        client.PostFormAsync("/account/forgot-password", new() { ["Input.Email"] = email });

    /// <summary>Fills the form the link opens, as the person who got the mail.</summary>
    public static Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, Uri link, string password)
    {
        var query = QueryHelpers.ParseQuery(link.Query);
        return client.PostFormAsync("/account/set-password", new()
        {
            ["User"] = query["user"].ToString(),
            ["Token"] = query["token"].ToString(),
            ["Invitation"] = query.TryGetValue("invitation", out var invitation) ? invitation.ToString() : "false",
            ["NewPassword"] = password,
            ["ConfirmPassword"] = password,
        }, "/account/login");
    }

    /// <summary>The page without its antiforgery token, which differs per response.</summary>
    private static string Normalised(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ8[^\"]+\"", "value=\"token\"");
}

/// <summary>The app with two sign-in POSTs per address and window: forgot-password shares that limit.</summary>
public sealed class LowSignInLimitApplication : NewsCmsApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SignIn:AttemptsPerWindow", "2");
    }
}

public sealed class PasswordResetRateLimitTests(LowSignInLimitApplication app) : IClassFixture<LowSignInLimitApplication>
{
    [Fact]
    public async Task Asking_for_reset_links_too_often_answers_429()
    {
        using var client = app.CreatePlainClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await PasswordResetTests.AskForResetAsync(client, $"someone.{i}@newscms.test");
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Without_mail_the_page_says_no_link_can_be_sent()
    {
        var (status, html) = await app.GetAsync("/account/forgot-password");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("This site sends no email yet", html, StringComparison.Ordinal);
        Assert.Contains("Send reset link", html, StringComparison.Ordinal);
    }
}
