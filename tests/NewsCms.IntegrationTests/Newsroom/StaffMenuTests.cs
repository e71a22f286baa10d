using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>Each person lands on a desk their roles open, and the staff menu offers no link that answers 403.</summary>
[Collection(SharedApp.Name)]
public sealed class StaffMenuTests(NewsCmsApplication app) : AppTest(app)
{
    [Theory]
    [InlineData(Roles.Moderator, "/moderation")]
    [InlineData(Roles.Reporter, "/admin")]
    [InlineData(Roles.Editor, "/admin")]
    [InlineData(Roles.Admin, "/admin")]
    public async Task Signing_in_lands_on_the_first_desk_the_roles_open(string role, string home)
    {
        var staff = await App.CreateStaffAsync(role);
        using var client = App.CreatePlainClient();

        using var response = await client.PostFormAsync("/account/login", new() { ["Email"] = staff.Email, ["Password"] = staff.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(home, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(Roles.Moderator, "/moderation")]
    [InlineData(Roles.Moderator, "/admin/profile")]
    [InlineData(Roles.Reporter, "/admin")]
    [InlineData(Roles.Editor, "/admin")]
    [InlineData(Roles.Admin, "/admin")]
    [InlineData(Roles.Admin, "/moderation")]
    public async Task Every_link_in_the_staff_menu_opens(string role, string page)
    {
        using var client = await App.SignedInClientAsync(role);
        var document = await client.PageAsync(page);

        var links = document.QuerySelectorAll("nav.staff-nav a").Select(a => a.GetAttribute("href")!).Where(h => h != "/account/logout").ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {link} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Moderators_see_the_moderation_desk_in_the_newsroom_menu_and_reporters_do_not()
    {
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        Assert.NotNull((await admin.PageAsync("/admin")).QuerySelector("nav.staff-nav a[href='/moderation']"));
        Assert.Null((await reporter.PageAsync("/admin")).QuerySelector("nav.staff-nav a[href='/moderation']"));
    }

    [Fact]
    public async Task The_editor_links_to_opening_and_closing_the_articles_comments()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();

        var page = await editor.PageAsync(ArticleEditing.EditUrl(id));

        var link = page.QuerySelector($"a[href='/moderation/articles/{id}']");
        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/moderation/articles/{id}")).StatusCode);
    }
}
