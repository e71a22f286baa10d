using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

[Collection(SharedApp.Name)]
public sealed class SectionsAdminTests(NewsCmsApplication app) : AppTest(app)
{
    private HttpClient _editor = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _editor = await App.SignedInClientAsync(Roles.Editor);
    }

    public override Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sections_page_has_the_contract_labels_and_button()
    {
        var page = await (await _editor.GetAsync("/admin/sections")).DocumentAsync();

        Assert.Equal(("Name", "Slug"), (page.LabelText("Name"), page.LabelText("Slug")));
        Assert.Equal(["Add section"], page.ButtonTexts());
    }

    [Fact]
    public async Task An_editor_adds_a_section_whose_slug_is_made_from_the_name()
    {
        using var response = await _editor.PostFormAsync("/admin/sections/new", new() { ["Name"] = "World News", ["Slug"] = "" }, "/admin/sections");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([("World News", "world-news")], await SectionsAsync());
        Assert.Contains("World News", await _editor.GetStringAsync("/admin/sections"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_adds_a_section_with_a_slug_of_their_own()
    {
        (await _editor.PostFormAsync("/admin/sections/new", new() { ["Name"] = "Sport", ["Slug"] = "sports-desk" }, "/admin/sections")).Dispose();

        Assert.Equal([("Sport", "sports-desk")], await SectionsAsync());
    }

    [Theory]
    [InlineData("", "", "Name", "Give the section a name.")]
    [InlineData("101", "", "Name", "at most 100 characters")]
    [InlineData("Opinion", "Not A Slug!", "Slug", "lower-case letters, digits and single hyphens")]
    [InlineData("Opinion", "-opinion", "Slug", "lower-case letters, digits and single hyphens")]
    [InlineData("???", "", "Slug", "No slug can be made from this name")]
    public async Task An_invalid_section_is_refused_with_a_reason_and_nothing_is_saved(string name, string slug, string field, string reason)
    {
        name = name == "101" ? new string('a', 101) : name;

        using var response = await _editor.PostFormAsync("/admin/sections/new", new() { ["Name"] = name, ["Slug"] = slug }, "/admin/sections");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, (await response.DocumentAsync()).ReasonFor(field), StringComparison.Ordinal);
        Assert.Empty(await SectionsAsync());
    }

    [Fact]
    public async Task A_slug_already_used_is_refused_with_a_reason()
    {
        await AddSectionAsync("Politics", "politics");

        using var response = await _editor.PostFormAsync("/admin/sections/new", new() { ["Name"] = "Politics", ["Slug"] = "" }, "/admin/sections");

        Assert.Contains("Another section already uses the slug", (await response.DocumentAsync()).ReasonFor("Slug"), StringComparison.Ordinal);
        Assert.Equal([("Politics", "politics")], await SectionsAsync());
    }

    [Fact]
    public async Task An_editor_renames_a_section()
    {
        var id = await AddSectionAsync("Bussiness", "bussiness");
        var page = await (await _editor.GetAsync($"/admin/sections/{id}/edit")).DocumentAsync();
        Assert.Equal(["Save", "Delete"], page.ButtonTexts());

        using var response = await _editor.PostFormAsync($"/admin/sections/{id}/edit", new() { ["Name"] = "Business", ["Slug"] = "business" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([("Business", "business")], await SectionsAsync());
    }

    [Fact]
    public async Task Renaming_to_a_slug_another_section_uses_is_refused()
    {
        await AddSectionAsync("Arts", "arts");
        var id = await AddSectionAsync("Culture", "culture");

        using var response = await _editor.PostFormAsync($"/admin/sections/{id}/edit", new() { ["Name"] = "Culture", ["Slug"] = "arts" });

        Assert.Contains("Another section already uses the slug", (await response.DocumentAsync()).ReasonFor("Slug"), StringComparison.Ordinal);
        Assert.Equal([("Arts", "arts"), ("Culture", "culture")], await SectionsAsync());
    }

    [Fact]
    public async Task Deleting_a_section_keeps_its_articles_with_no_section()
    {
        var id = await AddSectionAsync("Weather", "weather");
        var articleId = await App.AddArticleAsync("Storm on the way", id);
        Assert.Contains("<td>1</td>", await _editor.GetStringAsync("/admin/sections"), StringComparison.Ordinal);

        using var response = await _editor.PostFormAsync($"/admin/sections/{id}/delete", [], $"/admin/sections/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await SectionsAsync());
        var sectionId = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.SectionId).SingleAsync());
        Assert.Null(sectionId);
    }

    private Task<int> AddSectionAsync(string name, string slug) =>
        App.WithDbAsync(async db =>
        {
            var section = new Section(name, slug);
            db.Sections.Add(section);
            await db.SaveChangesAsync();
            return section.Id;
        });

    private async Task<List<(string Name, string Slug)>> SectionsAsync() =>
        (await App.WithDbAsync(db => db.Sections.OrderBy(s => s.Name).Select(s => new { s.Name, s.Slug }).ToListAsync()))
        .Select(s => (s.Name, s.Slug)).ToList();
}
