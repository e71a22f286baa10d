using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

[Collection(SharedApp.Name)]
public sealed class TagsAdminTests(NewsCmsApplication app) : AppTest(app)
{
    private HttpClient _editor = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _editor = await App.SignedInClientAsync(Roles.Admin);
    }

    public override Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_list_shows_how_many_articles_use_each_tag()
    {
        await App.AddArticleAsync("Budget passes", null, "Economy", "Congress");
        await App.AddArticleAsync("Rates held", null, "Economy");
        await App.AddArticleAsync("Lonely tag", null, "Unused");
        await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Headline == "Lonely tag");
            article.SetTags([]);
            await db.SaveChangesAsync();
        });

        var page = await (await _editor.GetAsync("/admin/tags")).DocumentAsync();

        var rows = page.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.Text()).ToList()).ToList();
        Assert.Equal(
            [["Congress", "congress", "1"], ["Economy", "economy", "2"], ["Unused", "unused", "0"]],
            rows);
    }

    [Fact]
    public async Task An_editor_renames_a_tag()
    {
        await App.AddArticleAsync("Budget passes", null, "Econmy");
        var id = await TagIdAsync("Econmy");
        var page = await (await _editor.GetAsync($"/admin/tags/{id}/edit")).DocumentAsync();
        Assert.Equal(("Name", "Slug"), (page.LabelText("Name"), page.LabelText("Slug")));
        Assert.Equal(["Save", "Delete"], page.ButtonTexts());

        using var response = await _editor.PostFormAsync($"/admin/tags/{id}/edit", new() { ["Name"] = "Economy", ["Slug"] = "economy" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tag = await App.WithDbAsync(db => db.Tags.SingleAsync(t => t.Id == id));
        Assert.Equal(("Economy", "economy"), (tag.Name, tag.Slug));
    }

    [Fact]
    public async Task Renaming_a_tag_to_another_tags_slug_or_to_nothing_is_refused()
    {
        await App.AddArticleAsync("Budget passes", null, "Economy", "Money");
        var id = await TagIdAsync("Money");

        using var taken = await _editor.PostFormAsync($"/admin/tags/{id}/edit", new() { ["Name"] = "Money", ["Slug"] = "economy" });
        using var empty = await _editor.PostFormAsync($"/admin/tags/{id}/edit", new() { ["Name"] = "", ["Slug"] = "money" });

        Assert.Contains("Another tag already uses the slug", (await taken.DocumentAsync()).ReasonFor("Slug"), StringComparison.Ordinal);
        Assert.Equal("Give the tag a name.", (await empty.DocumentAsync()).ReasonFor("Name"));
        Assert.Equal("money", await App.WithDbAsync(db => db.Tags.Where(t => t.Id == id).Select(t => t.Slug).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_a_tag_takes_it_off_its_articles_and_keeps_them()
    {
        var articleId = await App.AddArticleAsync("Budget passes", null, "Economy", "Congress");
        var id = await TagIdAsync("Congress");

        using var response = await _editor.PostFormAsync($"/admin/tags/{id}/delete", [], $"/admin/tags/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tags = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == articleId).SelectMany(a => a.Tags).Select(t => t.Name).ToListAsync());
        Assert.Equal(["Economy"], tags);
        Assert.False(await App.WithDbAsync(db => db.Tags.AnyAsync(t => t.Id == id)));
    }

    private Task<int> TagIdAsync(string name) =>
        App.WithDbAsync(db => db.Tags.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());
}
