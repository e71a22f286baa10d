using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

[Collection(SharedApp.Name)]
public sealed class UsersAdminTests(NewsCmsApplication app) : AppTest(app)
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
    public async Task New_account_form_has_the_contract_labels_and_button()
    {
        var page = await (await _admin.GetAsync("/admin/users/new")).DocumentAsync();

        Assert.Equal("Email", page.LabelText("Email"));
        Assert.Equal("Display name", page.LabelText("DisplayName"));
        Assert.Equal("Roles", page.QuerySelector("fieldset legend")!.Text());
        Assert.Equal(Roles.All, Roles.All.Select(role => page.LabelText("Roles_" + role)));
        Assert.Equal(["Create account"], page.ButtonTexts());
    }

    [Fact]
    public async Task Admin_creates_an_account_whose_password_is_shown_once_and_signs_in_with_the_chosen_roles()
    {
        using var response = await _admin.PostFormAsync("/admin/users/new", new()
        {
            ["Email"] = "jane.doe@newscms.test",
            ["DisplayName"] = "Jane Doe",
            ["Roles[0]"] = Roles.Editor,
            ["Roles[1]"] = Roles.Moderator,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var page = await response.DocumentAsync();
        var password = page.QuerySelector("#generated-password")!.Text();
        Assert.True(password.Length >= 20);
        Assert.Contains("shown once", page.Body!.Text(), StringComparison.Ordinal);

        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "jane.doe@newscms.test"));
        Assert.Equal("Jane Doe", user.DisplayName);
        Assert.Equal("jane-doe", user.AuthorSlug);
        Assert.Equal([Roles.Editor, Roles.Moderator], await RolesOfAsync(user.Id));
        using var jane = await App.SignedInClientAsync(new StaffMember(user.Id, "jane.doe@newscms.test", password));
        Assert.Equal(HttpStatusCode.OK, (await jane.GetAsync("/admin/sections")).StatusCode);

        // Once: neither the list nor the account's page shows it again.
        Assert.DoesNotContain(password, await _admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        Assert.DoesNotContain(password, await _admin.GetStringAsync($"/admin/users/{user.Id}/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_already_in_use_is_refused_with_a_reason_beside_Email()
    {
        var existing = await App.CreateStaffAsync(Roles.Reporter);

        using var response = await _admin.PostFormAsync("/admin/users/new", new()
        {
            ["Email"] = existing.Email.ToUpperInvariant(),
            ["DisplayName"] = "Someone Else",
            ["Roles[0]"] = Roles.Reporter,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already exists", (await response.DocumentAsync()).ReasonFor("Email"), StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task An_account_needs_at_least_one_role()
    {
        using var response = await _admin.PostFormAsync("/admin/users/new", new() { ["Email"] = "no.role@newscms.test", ["DisplayName"] = "No Role" });

        Assert.Equal("Choose at least one role.", (await response.DocumentAsync()).ReasonFor("Roles"));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "no.role@newscms.test")));
    }

    [Fact]
    public async Task Edit_form_has_the_contract_labels_and_buttons()
    {
        var other = await App.CreateStaffAsync(Roles.Reporter);

        var page = await (await _admin.GetAsync($"/admin/users/{other.Id}/edit")).DocumentAsync();

        Assert.Equal(["Display name", "Author slug", "Bio"], page.LabelTexts("DisplayName", "AuthorSlug", "Bio"));
        Assert.True(page.QuerySelector("#Roles_Reporter")!.HasAttribute("checked"));
        Assert.Equal(["Save", "Reset password", "End all sessions", "Disable account"], page.ButtonTexts());
    }

    [Fact]
    public async Task Changing_roles_and_profile_changes_them_in_the_database_and_renews_the_security_stamp()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        var stampBefore = await App.WithDbAsync(db => db.Users.Where(u => u.Id == reporter.Id).Select(u => u.SecurityStamp).SingleAsync());

        using var response = await _admin.PostFormAsync($"/admin/users/{reporter.Id}/edit", new()
        {
            ["DisplayName"] = "Ada Reporter",
            ["AuthorSlug"] = "ada",
            ["Bio"] = "Covers the courts.",
            ["Roles[0]"] = Roles.Editor,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Editor], await RolesOfAsync(reporter.Id));
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == reporter.Id));
        Assert.Equal(("Ada Reporter", "ada", "Covers the courts."), (user.DisplayName, user.AuthorSlug, user.Bio));
        Assert.NotEqual(stampBefore, user.SecurityStamp);
    }

    [Fact]
    public async Task A_taken_author_slug_is_refused_with_a_reason()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        var takenSlug = await App.WithDbAsync(db => db.Users.Where(u => u.Id == _me.Id).Select(u => u.AuthorSlug).SingleAsync());

        using var response = await _admin.PostFormAsync($"/admin/users/{reporter.Id}/edit", new()
        {
            ["DisplayName"] = "Ada",
            ["AuthorSlug"] = takenSlug,
            ["Roles[0]"] = Roles.Reporter,
        });

        Assert.Contains("already has the author page", (await response.DocumentAsync()).ReasonFor("AuthorSlug"), StringComparison.Ordinal);
        Assert.NotEqual(takenSlug, await App.WithDbAsync(db => db.Users.Where(u => u.Id == reporter.Id).Select(u => u.AuthorSlug).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_Admin_role()
    {
        using var response = await _admin.PostFormAsync($"/admin/users/{_me.Id}/edit", new() { ["DisplayName"] = "Me", ["Roles[0]"] = Roles.Editor });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot remove your own Admin role", (await response.DocumentAsync()).ReasonFor("Roles"), StringComparison.Ordinal);
        Assert.Equal([Roles.Admin], await RolesOfAsync(_me.Id));
    }

    [Fact]
    public async Task An_admin_adding_a_role_to_themselves_stays_signed_in_with_it()
    {
        (await _admin.PostFormAsync($"/admin/users/{_me.Id}/edit", new() { ["DisplayName"] = "Me", ["Roles[0]"] = Roles.Admin, ["Roles[1]"] = Roles.Moderator })).Dispose();
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal([Roles.Admin, Roles.Moderator], await RolesOfAsync(_me.Id));
    }

    private Task<List<string>> RolesOfAsync(string userId) =>
        App.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToListAsync());
}
