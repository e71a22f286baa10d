using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Areas.Admin.Controllers;
using NewsCms.Web.Staff;

namespace NewsCms.IntegrationTests.Accounts;

/// <summary>Issue 15, item 10: an admin invites by email; the invitee sets their own password through a one-time link.</summary>
public sealed class InvitationTests(MailingApplication app) : IClassFixture<MailingApplication>
{
    private const string Password = "First-Day-At-The-Desk-1";

    [Fact]
    public async Task The_invitee_sets_a_password_through_the_mailed_link_once_and_signs_in()
    {
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var email = $"jane.doe.{Guid.NewGuid():N}@newscms.test";

        using (var invited = await admin.PostFormAsync("/admin/users/invite", new() { ["Email"] = email, ["Roles"] = Roles.Moderator }, "/admin/users"))
            Assert.Equal("/admin/users", invited.Headers.Location!.OriginalString);
        Assert.Contains("Invited", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        var link = SmtpSink.LinkIn(app.Mail.SingleTo(email), PasswordLinks.SetPasswordPath);
        Assert.Contains("invitation=true", link.Query, StringComparison.Ordinal);

        using var invitee = app.CreatePlainClient();
        using (var form = await invitee.GetAsync(link.PathAndQuery))
        {
            var page = await form.Content.ReadAsStringAsync();
            Assert.Contains("Confirm password", page, StringComparison.Ordinal);
            Assert.Contains("Set password", page, StringComparison.Ordinal);
        }
        using (var set = await PasswordResetTests.SetPasswordAsync(invitee, link, Password))
            Assert.Equal("/account/login", set.Headers.Location!.OriginalString);

        var id = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        using var signedIn = await app.SignedInClientAsync(new StaffMember(id, email, Password));
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/moderation")).StatusCode);
        using var again = await PasswordResetTests.SetPasswordAsync(app.CreatePlainClient(), link, "Someone-Else-Tries-2");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    /// <summary>
    /// Identity's token providers read the system clock, not TimeProvider, so the fake clock cannot age a link;
    /// what is ours is that each kind of link gets its own lifetime from the settings.
    /// </summary>
    [Fact]
    public void Invitation_and_reset_links_have_the_lifetimes_of_the_settings()
    {
        var settings = app.Services.GetRequiredService<IOptions<AccountSettings>>().Value;

        Assert.Equal(settings.InvitationLifetime, app.Services.GetRequiredService<IOptions<InvitationTokenProviderOptions>>().Value.TokenLifespan);
        Assert.Equal(settings.ResetLinkLifetime, app.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
        Assert.Equal(TimeSpan.FromDays(7), settings.InvitationLifetime);
        Assert.Equal(TimeSpan.FromHours(2), settings.ResetLinkLifetime);
    }

    [Fact]
    public async Task An_address_that_has_an_account_is_refused_beside_the_field()
    {
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var existing = await app.CreateStaffAsync(Roles.Reporter);

        using var response = await admin.PostFormAsync("/admin/users/invite", new() { ["Email"] = existing.Email, ["Roles"] = Roles.Reporter }, "/admin/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("already exists", page.QuerySelector("[data-valmsg-for=Email]")!.Text(), StringComparison.Ordinal);
        Assert.Empty(app.Mail.MessagesTo(existing.Email));
    }
}

/// <summary>Without mail an install keeps the shown-once password, and says why there is no invitation form.</summary>
[Collection(SharedApp.Name)]
public sealed class InvitationWithoutMailTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Invitations_are_refused_and_explained_when_mail_is_off()
    {
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(InvitationsController.NoMailMessage), await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);

        using var response = await admin.PostFormAsync("/admin/users/invite", new() { ["Email"] = "new.person@newscms.test", ["Roles"] = Roles.Reporter }, "/admin/users/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == "new.person@newscms.test"))));
    }
}
