using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>The article list's filters beyond the headline (section, author, tag, dates), its sorts and its counts per state.</summary>
[Collection(SharedApp.Name)]
public sealed class ArticleListFilterTests(NewsCmsApplication app) : AppTest(app)
{
    private const string List = "/admin/articles";

    [Fact]
    public async Task The_filter_form_has_a_labelled_field_for_each_criterion_and_keeps_what_was_asked()
    {
        var sport = await App.AddSectionAsync("Sport", "sport");
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var page = await editor.PageAsync($"{List}?section={sport}&author={reporter.Id}&tag=Budget&from=2026-11-01&to=2026-11-30&sort=headline");

        var form = page.QuerySelector("form[method=get]")!;
        Assert.Equal(List, form.GetAttribute("action"));
        Assert.Equal(
            ["Status", "Headline contains", "Section", "Author", "Tag", "Changed from", "Changed to", "Sort by"],
            form.QuerySelectorAll("label").Select(l => l.Text()));
        foreach (var label in form.QuerySelectorAll("label"))
            Assert.NotNull(form.QuerySelector("#" + label.GetAttribute("for")));
        Assert.Equal(["Last changed", "Published", "Headline"], form.QuerySelectorAll("#sort option").Select(o => o.Text()));
        Assert.Equal(sport.ToString(CultureInfo.InvariantCulture), form.QuerySelector("#section option[selected]")!.GetAttribute("value"));
        Assert.Equal(reporter.Id, form.QuerySelector("#author option[selected]")!.GetAttribute("value"));
        Assert.Equal("Budget", form.QuerySelector("#tag")!.GetAttribute("value"));
        Assert.Equal("2026-11-01", form.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal("2026-11-30", form.QuerySelector("#to")!.GetAttribute("value"));
        Assert.Equal("headline", form.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_list_filters_by_section()
    {
        var sport = await App.AddSectionAsync("Sport", "sport");
        var city = await App.AddSectionAsync("City", "city");
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.NewDraftAsync(InSection("Cup final tonight", sport));
        await editor.NewDraftAsync(InSection("Bridge repairs", city));
        await editor.NewDraftAsync(Story("No section yet"));

        Assert.Equal(["Cup final tonight"], await HeadlinesAsync(editor, $"{List}?section={sport}"));
        Assert.Equal(["Bridge repairs"], await HeadlinesAsync(editor, $"{List}?section={city}"));
    }

    [Fact]
    public async Task The_list_filters_by_author_whether_byline_or_creator()
    {
        var reporterAccount = await App.CreateStaffAsync(Roles.Reporter);
        var bylined = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(reporterAccount);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await reporter.NewDraftAsync(Story("The reporter's own draft"));
        await editor.NewDraftAsync([.. Story("Bylined to a colleague"), new("AuthorIds", bylined.Id)]);
        await editor.NewDraftAsync(Story("The editor's own"));

        Assert.Equal(["The reporter's own draft"], await HeadlinesAsync(editor, $"{List}?author={reporterAccount.Id}"));
        Assert.Equal(["Bylined to a colleague"], await HeadlinesAsync(editor, $"{List}?author={bylined.Id}"));
    }

    [Fact]
    public async Task The_list_filters_by_tag_name_or_slug_ignoring_case()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.NewDraftAsync(new Dictionary<string, string>(Story("Budget vote")) { ["Tags"] = "City Hall, Budget" });
        await editor.NewDraftAsync(new Dictionary<string, string>(Story("Cup final")) { ["Tags"] = "Football" });
        await editor.NewDraftAsync(Story("Untagged"));

        Assert.Equal(["Budget vote"], await HeadlinesAsync(editor, $"{List}?tag=city+hall"));
        Assert.Equal(["Budget vote"], await HeadlinesAsync(editor, $"{List}?tag=city-hall"));
        Assert.Equal(["Cup final"], await HeadlinesAsync(editor, $"{List}?tag=FOOTBALL"));
        Assert.Empty(await HeadlinesAsync(editor, $"{List}?tag=foot%25"));
    }

    [Fact]
    public async Task The_list_filters_by_the_newsroom_day_of_the_last_change_both_ends_included()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await ChangedAtAsync(await editor.NewDraftAsync(Story("Changed on the 10th")), new DateTime(2026, 11, 10, 12, 0, 0));
        await ChangedAtAsync(await editor.NewDraftAsync(Story("Changed early on the 13th")), new DateTime(2026, 11, 13, 0, 10, 0));
        // Late evening in the newsroom is already the next day in UTC: the newsroom's day is what counts.
        await ChangedAtAsync(await editor.NewDraftAsync(Story("Changed late on the 13th")), new DateTime(2026, 11, 13, 23, 30, 0));
        await ChangedAtAsync(await editor.NewDraftAsync(Story("Changed on the 16th")), new DateTime(2026, 11, 16, 12, 0, 0));

        Assert.Equal(["Changed early on the 13th", "Changed late on the 13th"], await HeadlinesAsync(editor, $"{List}?from=2026-11-13&to=2026-11-13"));
        Assert.Equal(["Changed early on the 13th", "Changed late on the 13th", "Changed on the 16th"], await HeadlinesAsync(editor, $"{List}?from=2026-11-11"));
        Assert.Equal(["Changed on the 10th"], await HeadlinesAsync(editor, $"{List}?to=2026-11-12"));
        Assert.Equal(4, (await HeadlinesAsync(editor, $"{List}?from=2026-11-10&to=2026-11-16")).Count);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"{List}?from=not-a-date")).StatusCode);
    }

    [Fact]
    public async Task The_list_sorts_by_last_change_publication_or_headline()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.PublishedStoryAsync(Story("Banana published first"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.PublishedStoryAsync(Story("Cherry published second"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var apple = await editor.NewDraftAsync(Story("Apple never published"));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.PressOkAsync(EditUrl(apple), "SaveDraft", Story("Apple never published"));

        Assert.Equal(["Apple never published", "Cherry published second", "Banana published first"], await OrderedHeadlinesAsync(editor, List));
        Assert.Equal(["Apple never published", "Cherry published second", "Banana published first"], await OrderedHeadlinesAsync(editor, $"{List}?sort=updated"));
        Assert.Equal(["Cherry published second", "Banana published first", "Apple never published"], await OrderedHeadlinesAsync(editor, $"{List}?sort=published"));
        Assert.Equal(["Apple never published", "Banana published first", "Cherry published second"], await OrderedHeadlinesAsync(editor, $"{List}?sort=headline"));
    }

    [Fact]
    public async Task Counts_per_state_follow_the_rest_of_the_filter_and_link_to_that_state()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.NewDraftAsync(Story("Park draft one"));
        await editor.NewDraftAsync(Story("Park draft two"));
        await editor.PublishedStoryAsync(Story("Park opens"));
        await editor.NewDraftAsync(Story("Budget draft"));

        var page = await editor.PageAsync($"{List}?q=park&sort=headline");

        var counts = page.QuerySelector("nav[aria-label='Counts by status']")!.QuerySelectorAll("a");
        Assert.Equal(["All (3)", "Draft (2)", "In review (0)", "Scheduled (0)", "Published (1)", "Unpublished (0)", "Archived (0)", "Taken down (0)"], counts.Select(a => a.Text()));
        Assert.Equal("page", counts[0].GetAttribute("aria-current"));
        Assert.Equal($"{List}?status=Draft&q=park&sort=headline", counts[1].GetAttribute("href"));

        var drafts = await editor.PageAsync(counts[1].GetAttribute("href")!);
        Assert.Equal(["Park draft one", "Park draft two"], drafts.QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.Text()));
        Assert.Equal("page", drafts.QuerySelector("nav[aria-label='Counts by status'] a[aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal("Draft (2)", drafts.QuerySelector("nav[aria-label='Counts by status'] a[aria-current]")!.Text());
    }

    [Fact]
    public async Task Paging_keeps_every_criterion_and_a_page_past_the_end_is_not_found()
    {
        var sport = await App.AddSectionAsync("Sport", "sport");
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        for (var n = 1; n <= 21; n++)
            await editor.NewDraftAsync(InSection($"Match report {n:D2}", sport));

        var url = $"{List}?status=Draft&section={sport}&tag=&sort=headline";
        var first = await editor.PageAsync(url);
        Assert.Equal($"{List}?status=Draft&section={sport}&sort=headline&page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var second = await editor.PageAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(["Match report 21"], second.QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.Text()));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{List}?section={sport}&sort=headline&page=3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{List}?section={sport}&page=0")).StatusCode);
    }

    private static Dictionary<string, string> InSection(string headline, int sectionId) =>
        new(Story(headline)) { ["SectionId"] = sectionId.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Sets when the story last changed, as a newsroom wall-clock time.</summary>
    private Task<int> ChangedAtAsync(int id, DateTime local)
    {
        var at = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, App.Newsroom().Zone), TimeSpan.Zero);
        return App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE articles SET updated_at = {at} WHERE id = {id}"));
    }

    private static async Task<List<string>> OrderedHeadlinesAsync(HttpClient client, string url) =>
        (await client.PageAsync(url)).QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.Text()).ToList();

    private static async Task<List<string>> HeadlinesAsync(HttpClient client, string url) =>
        (await OrderedHeadlinesAsync(client, url)).Order(StringComparer.Ordinal).ToList();
}
