using System.Net;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

[Collection(SharedApp.Name)]
public sealed class ArticleListTests(NewsCmsApplication app) : AppTest(app)
{
    private const string List = "/admin/articles";

    [Fact]
    public async Task Everyone_in_the_newsroom_sees_every_article_most_recently_changed_first()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        await editor.NewDraftAsync(Story("Oldest change"));
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var middle = await editor.NewDraftAsync(Story("Middle change"));
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await editor.NewDraftAsync(Story("Newest change"));
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await editor.PressOkAsync(EditUrl(middle), "SaveDraft", Story("Middle, changed last"));

        var page = await reporter.PageAsync(List);

        Assert.Equal(["Middle, changed last", "Newest change", "Oldest change"], page.QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.Text()));
        Assert.Equal(EditUrl(middle), page.QuerySelector(".admin-table tbody a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector($"main a[href='{NewUrl}']"));
    }

    [Fact]
    public async Task The_list_filters_by_status_and_headline()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.PublishedStoryAsync(Story("Riverside PARK opens"));
        await editor.NewDraftAsync(Story("Park budget draft"));
        await editor.NewDraftAsync(Story("Budget vote delayed"));
        await editor.NewDraftAsync(Story("100% turnout_claim"));

        var form = (await editor.PageAsync(List)).QuerySelector("form[method=get]")!;
        Assert.Equal("Status", form.QuerySelector("label[for=status]")!.Text());
        Assert.Equal(["All", "Draft", "In review", "Scheduled", "Published", "Unpublished", "Archived", "Taken down"], form.QuerySelectorAll("#status option").Select(o => o.Text()));
        Assert.Equal("Headline contains", form.QuerySelector("label[for=q]")!.Text());
        Assert.Equal("Filter", form.QuerySelector("button[type=submit]")!.Text());

        Assert.Equal(["Park budget draft", "Riverside PARK opens"], await HeadlinesAsync(editor, $"{List}?q=park"));
        Assert.Equal(["Park budget draft"], await HeadlinesAsync(editor, $"{List}?status=Draft&q=park"));
        Assert.Equal(["Riverside PARK opens"], await HeadlinesAsync(editor, $"{List}?status=Published"));
        Assert.Equal(["100% turnout_claim"], await HeadlinesAsync(editor, $"{List}?q=%25"));
        Assert.Equal(["100% turnout_claim"], await HeadlinesAsync(editor, $"{List}?q=_"));
        var filtered = await editor.PageAsync($"{List}?status=Draft&q=park");
        Assert.NotNull(filtered.QuerySelector("#status option[value=Draft][selected]"));
        Assert.Equal("park", filtered.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_list_is_paged_with_newer_and_older_links_that_keep_the_filter()
    {
        var staff = await App.CreateStaffAsync(Roles.Reporter);
        await App.WithDbAsync(async db =>
        {
            for (var n = 1; n <= 21; n++)
                db.Articles.Add(new Article($"Draft number {n}", $"draft-number-{n}", staff.Id, App.Clock.GetUtcNow().AddMinutes(n)));
            await db.SaveChangesAsync();
        });
        using var reporter = await App.SignedInClientAsync(staff);

        var first = await reporter.PageAsync($"{List}?status=Draft");
        Assert.Equal(20, first.QuerySelectorAll(".admin-table tbody tr").Length);
        Assert.Equal("Draft number 21", first.QuerySelector(".admin-table tbody a")!.Text());
        Assert.Equal($"{List}?status=Draft&page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));

        var second = await reporter.PageAsync($"{List}?status=Draft&page=2");
        Assert.Equal("Draft number 1", second.QuerySelector(".admin-table tbody a")!.Text());
        Assert.Equal($"{List}?status=Draft", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync($"{List}?page=3")).StatusCode);
    }

    private static async Task<List<string>> HeadlinesAsync(HttpClient client, string url) =>
        (await client.PageAsync(url)).QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.Text()).Order(StringComparer.Ordinal).ToList();
}
