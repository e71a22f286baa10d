using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>Previews that save nothing, and two people saving the same article from the same version.</summary>
[Collection(SharedApp.Name)]
public sealed class ArticlePreviewAndConflictTests(NewsCmsApplication app) : AppTest(app)
{
    private const string ListAndLink = "The plan:\n\n- a new footbridge\n- two playgrounds\n\nRead [the full plan](https://example.com/plan).";

    [Fact]
    public async Task Preview_shows_the_story_as_readers_will_and_saves_nothing()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(Story(body: "Old body."));
        var before = await App.ArticleAsync(id);
        var fields = new Dictionary<string, string>(Story("Park plan unveiled", ListAndLink)) { ["DatelinePlace"] = "SPRINGFIELD", ["Byline"] = "Staff" };

        using var response = await reporter.PressAsync(EditUrl(id), "Preview", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var preview = page.QuerySelector("section.preview[aria-label=Preview]")!;
        Assert.Equal("Park plan unveiled", preview.QuerySelector(".story__headline")!.Text());
        Assert.Equal("By Staff", preview.QuerySelector(".meta__byline")!.Text());
        Assert.Equal(["a new footbridge", "two playgrounds"], preview.QuerySelectorAll(".story__body li").Select(li => li.Text()));
        Assert.Equal("https://example.com/plan", preview.QuerySelector(".story__body a")!.GetAttribute("href"));
        Assert.StartsWith("SPRINGFIELD \u2014 The plan:", preview.QuerySelector(".story__body p")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Park plan unveiled", page.QuerySelector("input#Headline")!.GetAttribute("value"));
        var after = await App.ArticleAsync(id);
        Assert.Equal("Old body.", after.BodyMarkdown);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Preview_of_a_new_story_creates_nothing()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        using var response = await editor.PressAsync(NewUrl, "Preview", Story(body: "<script>alert(1)</script> **bold**"));

        var preview = (await response.DocumentAsync()).QuerySelector("section.preview")!;
        Assert.Empty(preview.QuerySelectorAll("script"));
        Assert.Equal("bold", preview.QuerySelector(".story__body strong")!.Text());
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_a_conflict_and_the_first_save_stays()
    {
        using var ann = await App.SignedInClientAsync(Roles.Editor);
        using var bo = await App.SignedInClientAsync(Roles.Editor);
        var id = await ann.NewDraftAsync(Story());
        var opened = (await App.ArticleAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ann.PressOkAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story("Ann's headline")) { ["Version"] = opened });

        using var response = await bo.PressAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story("Bo's headline")) { ["Version"] = opened });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var conflict = page.QuerySelector(".conflict[role=alert]")!;
        Assert.Contains("Someone else saved this article after you opened it. Nothing was overwritten; your version is below.", conflict.Text(), StringComparison.Ordinal);
        var link = conflict.QuerySelector("a")!;
        Assert.Equal(EditUrl(id), link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("Bo's headline", page.QuerySelector("input#Headline")!.GetAttribute("value"));
        var current = await App.ArticleAsync(id);
        Assert.Equal("Ann's headline", current.Headline);

        // Bo has compared and saves again: the form now carries the current version, so that is deliberate.
        Assert.Equal(current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        await bo.PressOkAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story("Bo's headline")) { ["Version"] = current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal("Bo's headline", (await App.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task A_stale_save_that_changes_only_tags_is_still_a_conflict()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());
        var opened = (await App.ArticleAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await editor.PressOkAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story()) { ["Tags"] = "Parks", ["Version"] = opened });

        using var response = await editor.PressAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story()) { ["Tags"] = "Council", ["Version"] = opened });

        Assert.NotNull((await response.DocumentAsync()).QuerySelector(".conflict"));
        Assert.Equal(["parks"], (await App.ArticleAsync(id)).Tags.Select(t => t.Slug));
    }
}
