using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Accounts;

/// <summary>Issue 15, item 13: staff see their sessions and end the others; an admin ends anyone's.</summary>
[Collection(SharedApp.Name)]
public sealed class StaffSessionTests(NewsCmsApplication app)
{
    [Fact]
    public async Task A_second_sign_in_is_listed_and_ending_it_signs_that_browser_out_while_this_one_carries_on()
    {
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        using var laptop = await SignedInAsync(staff, "Laptop browser");
        using var phone = await SignedInAsync(staff, "Phone browser");

        var profile = await Html.ParseAsync(await laptop.GetStringAsync("/admin/profile"));
        var rows = SessionRows(profile);
        Assert.Equal(2, rows.Count);
        var mine = rows.Single(r => r.TextContent.Contains("Laptop browser", StringComparison.Ordinal));
        Assert.Contains("This device", mine.TextContent, StringComparison.Ordinal);
        Assert.Null(mine.QuerySelector("button"));
        var other = rows.Single(r => r.TextContent.Contains("Phone browser", StringComparison.Ordinal));
        Assert.DoesNotContain("This device", other.TextContent, StringComparison.Ordinal);
        Assert.Equal("End session", other.QuerySelector("button")!.TextContent.Trim());
        Assert.Contains("End all other sessions", profile.Body!.TextContent, StringComparison.Ordinal);

        using (var ended = await laptop.PostFormAsync(other.QuerySelector("form")!.GetAttribute("action")!, [], "/admin/profile"))
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        await AssertSignedOutAsync(phone);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/admin")).StatusCode);
        Assert.Single(SessionRows(await Html.ParseAsync(await laptop.GetStringAsync("/admin/profile"))));
    }

    [Fact]
    public async Task End_all_other_sessions_keeps_only_this_one()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        using var desk = await SignedInAsync(staff, "Desk");
        using var home = await SignedInAsync(staff, "Home");
        using var train = await SignedInAsync(staff, "Train");

        (await desk.PostFormAsync("/admin/profile/sessions/end-others", [], "/admin/profile")).Dispose();

        await AssertSignedOutAsync(home);
        await AssertSignedOutAsync(train);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/admin")).StatusCode);
        Assert.Equal(1, await SessionCountAsync(staff.Id));
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session()
    {
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        using var first = await SignedInAsync(staff, "First");
        using var second = await SignedInAsync(staff, "Second");

        (await first.PostFormAsync("/account/logout", [], "/account/logout")).Dispose();

        await AssertSignedOutAsync(first);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/admin")).StatusCode);
        Assert.Equal(1, await SessionCountAsync(staff.Id));
    }

    [Fact]
    public async Task An_admin_ends_all_of_someones_sessions()
    {
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        using var one = await SignedInAsync(staff, "One");
        using var two = await SignedInAsync(staff, "Two");
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var edit = $"/admin/users/{staff.Id}/edit";
        Assert.Contains("End all sessions", await admin.GetStringAsync(edit), StringComparison.Ordinal);

        using (var ended = await admin.PostFormAsync($"/admin/users/{staff.Id}/end-sessions", [], edit))
            Assert.Equal(edit, ended.Headers.Location!.OriginalString);

        await AssertSignedOutAsync(one);
        await AssertSignedOutAsync(two);
        Assert.Equal(0, await SessionCountAsync(staff.Id));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task No_one_ends_someone_elses_session_from_their_own_profile_nor_without_being_admin()
    {
        var victim = await app.CreateStaffAsync(Roles.Editor);
        using var victimClient = await SignedInAsync(victim, "Victim");
        var victimSession = await app.WithDbAsync(db => db.StaffSessions.Where(s => s.UserId == victim.Id).Select(s => s.Id).SingleAsync());
        using var editor = await app.SignedInClientAsync(Roles.Editor);

        using (var viaProfile = await editor.PostFormAsync($"/admin/profile/sessions/{victimSession}/end", [], "/admin/profile"))
            Assert.Equal(HttpStatusCode.NotFound, viaProfile.StatusCode);
        using (var viaAdmin = await editor.PostFormAsync($"/admin/users/{victim.Id}/end-sessions", [], "/admin/profile"))
            Assert.Equal(HttpStatusCode.Forbidden, viaAdmin.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await victimClient.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("/admin/profile/sessions/end-others")]
    [InlineData("/admin/users/{id}/end-sessions")]
    public async Task Ending_sessions_without_an_antiforgery_token_is_refused(string route)
    {
        var staff = await app.CreateStaffAsync(Roles.Reporter);
        using var other = await SignedInAsync(staff, "Other");
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var client = route.Contains("{id}", StringComparison.Ordinal) ? admin : await SignedInAsync(staff, "Here");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var response = await client.PostAsync(route.Replace("{id}", staff.Id, StringComparison.Ordinal), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin")).StatusCode);
        if (client != admin)
            client.Dispose();
    }

    [Fact]
    public async Task The_two_factor_step_begins_a_session_too()
    {
        var staff = await app.CreateStaffAsync(Roles.Editor);
        await TwoFactorTests.EnrolAsync(app, staff);
        var before = await SessionCountAsync(staff.Id);

        using var client = app.CreatePlainClient();
        (await client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = staff.Password })).Dispose();
        Assert.Equal(before, await SessionCountAsync(staff.Id));
        (await client.PostFormAsync("/account/two-factor", new() { ["Code"] = Totp.Code(staff.Key) })).Dispose();

        Assert.Equal(before + 1, await SessionCountAsync(staff.Id));
        var rows = SessionRows(await Html.ParseAsync(await client.GetStringAsync("/admin/profile")));
        Assert.Single(rows, r => r.TextContent.Contains("This device", StringComparison.Ordinal));
    }

    [Fact]
    public void Addresses_are_kept_coarse()
    {
        Assert.Equal("203.0.113.0/24", StaffSessions.Coarse(IPAddress.Parse("203.0.113.77")));
        Assert.Equal("203.0.113.0/24", StaffSessions.Coarse(IPAddress.Parse("::ffff:203.0.113.77")));
        Assert.Equal("2001:db8:1234::/48", StaffSessions.Coarse(IPAddress.Parse("2001:db8:1234:5678::9")));
        Assert.Null(StaffSessions.Coarse(null));
    }

    private async Task<HttpClient> SignedInAsync(StaffMember staff, string userAgent)
    {
        var client = app.CreatePlainClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"Test/1.0 ({userAgent})");
        using var login = await client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/admin/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static List<IElement> SessionRows(IDocument profile) => profile.QuerySelectorAll("table.sessions tbody tr").ToList();

    private Task<int> SessionCountAsync(string userId) => app.WithDbAsync(db => db.StaffSessions.CountAsync(s => s.UserId == userId));
}
