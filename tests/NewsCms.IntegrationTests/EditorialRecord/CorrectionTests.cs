using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.EditorialRecord;

/// <summary>Corrections are public, dated, listed with a feed, and move the reader-facing modified instant; typo fixes do not.</summary>
[Collection(SharedApp.Name)]
public sealed class CorrectionTests(NewsCmsApplication app) : AppTest(app)
{
    private async Task<string> PublicUrlAsync(int id)
    {
        var article = await App.ArticleAsync(id);
        return $"/{article.PublishedOn:yyyy}/{article.PublishedOn:MM}/{article.PublishedOn:dd}/{article.Slug}";
    }

    private static Task<HttpResponseMessage> CorrectAsync(HttpClient editor, int id, string kind, string text) =>
        editor.PostFormAsync($"/admin/articles/{id}/corrections", new() { ["Kind"] = kind, ["Text"] = text }, EditUrl(id));

    [Fact]
    public async Task A_correction_shows_on_the_page_in_the_log_and_its_feed_and_moves_the_modified_instant()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story("Council approves the riverside park"));
        var published = (await App.ArticleAsync(id)).ModifiedAt;
        Assert.Equal("Add correction", (await editor.PageAsync(EditUrl(id))).QuerySelector("[aria-labelledby=correction-heading] button")!.TextContent);
        App.Clock.Advance(TimeSpan.FromHours(2));

        using var response = await CorrectAsync(editor, id, "Correction", "An earlier version misstated the vote as 5-4; it was 6-3.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await App.ArticleAsync(id);
        Assert.Equal(App.Clock.GetUtcNow(), article.ModifiedAt);
        Assert.NotEqual(published, article.ModifiedAt);
        var url = await PublicUrlAsync(id);
        using var reader = App.CreatePlainClient();
        var page = await reader.PageAsync(url);
        Assert.Equal("An earlier version misstated the vote as 5-4; it was 6-3.", page.QuerySelector(".corrections .correction__text")!.TextContent);
        Assert.Equal("Correction", page.QuerySelector(".corrections .correction__kind")!.TextContent);
        Assert.NotNull(page.QuerySelector(".meta__updated time"));
        using (var jsonLd = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent))
            Assert.Equal(App.Clock.GetUtcNow(), jsonLd.RootElement.GetProperty("dateModified").GetDateTimeOffset());

        var log = await reader.PageAsync("/corrections");
        Assert.Equal(url, log.QuerySelector(".corrections__list a")!.GetAttribute("href"));

        var feed = XDocument.Parse(await reader.GetStringAsync("/corrections/feed.xml"));
        var item = Assert.Single(feed.Descendants("item"));
        Assert.Equal("Correction: Council approves the riverside park", item.Element("title")!.Value);
        Assert.Equal("An earlier version misstated the vote as 5-4; it was 6-3.", item.Element("description")!.Value);
        Assert.EndsWith(url, item.Element("link")!.Value, StringComparison.Ordinal);
        Assert.Equal(App.Clock.GetUtcNow(), DateTimeOffset.Parse(item.Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_corrections_log_lists_newest_first()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        (await CorrectAsync(editor, id, "Clarification", "First note.")).Dispose();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await CorrectAsync(editor, id, "Update", "Second note.")).Dispose();

        var log = await App.CreatePlainClient().PageAsync("/corrections");

        Assert.Equal(["Second note.", "First note."], log.QuerySelectorAll(".correction__text").Select(e => e.TextContent));
    }

    [Fact]
    public async Task A_correction_without_text_is_refused_beside_the_field_and_nothing_changes()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        var before = await App.ArticleAsync(id);

        using var response = await CorrectAsync(editor, id, "Correction", "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Write the note readers will see.", (await response.DocumentAsync()).ReasonBeside("Text"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Corrections.CountAsync()));
        Assert.Equal(before.ModifiedAt, (await App.ArticleAsync(id)).ModifiedAt);
    }

    [Fact]
    public async Task A_significant_update_shows_updated_and_a_typo_fix_does_not()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story(body: "The council voted."));
        var url = await PublicUrlAsync(id);
        App.Clock.Advance(TimeSpan.FromHours(1));

        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story(body: "The council voted today."));
        Assert.Null((await App.CreatePlainClient().PageAsync(url)).QuerySelector(".meta__updated"));
        var typoFixed = await App.ArticleAsync(id);
        Assert.Equal(typoFixed.PublishedAt, typoFixed.ModifiedAt);

        App.Clock.Advance(TimeSpan.FromHours(1));
        await editor.PressOkAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story(body: "The council voted 6-3 today.")) { ["SignificantUpdate"] = "true" });

        Assert.NotNull((await App.CreatePlainClient().PageAsync(url)).QuerySelector(".meta__updated"));
        Assert.Equal(App.Clock.GetUtcNow(), (await App.ArticleAsync(id)).ModifiedAt);
    }
}
