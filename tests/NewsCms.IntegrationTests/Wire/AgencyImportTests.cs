using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>The `import` verb reads every agency format; versions update, kills take down, embargoes hold.</summary>
[Collection(SharedApp.Name)]
public sealed class AgencyImportTests(NewsCmsApplication app) : AppTest(app), IDisposable
{
    private static readonly string[] HarbourInOrder = ["three weeks earlier", "Crews worked through the night", "We owe the crews", "new lighting on the footway", "Ferry services"];

    private readonly string _folder = Directory.CreateTempSubdirectory("newscms-wire-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("nitf-harbour.xml", "Harbour bridge reopens after storm repairs", "PORTSMOUTH", "Jane Okafor, Northwind Agency")]
    [InlineData("g2-item-rates.xml", "Central bank holds rates steady", "LONDON", "Amir Haddad, NWA")]
    [InlineData("iptc7901-rail.txt", "Rail workers call off weekend strike", "LISBON", "Marta Silva, NWA")]
    public async Task Each_format_is_published_with_its_headline_dateline_and_byline(string file, string headline, string place, string byline)
    {
        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf(file));

        Assert.True(exit == 0, output + errors);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(headline, article.Headline);
        Assert.Equal(place, article.Dateline?.Place);
        Assert.Equal(byline, article.Byline);
    }

    [Fact]
    public async Task The_nitf_paragraphs_reach_the_page_in_order()
    {
        await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("nitf-harbour.xml"));
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());

        var (_, html) = await App.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug));

        var order = HarbourInOrder.Select(text => html.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task A_news_message_imports_each_text_item()
    {
        var (exit, output, _) = await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-message-two.xml"));

        Assert.Equal(0, exit);
        Assert.Contains("Carmaker doubles quarterly profit", output, StringComparison.Ordinal);
        var headlines = await App.WithDbAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync());
        Assert.Equal(["Carmaker doubles quarterly profit", "Record field signs up for city marathon"], headlines);
    }

    [Fact]
    public async Task A_later_version_updates_the_story_instead_of_duplicating_it()
    {
        await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-item-rates.xml"));
        App.Clock.Advance(TimeSpan.FromHours(1));

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-item-rates-v2.xml"));

        Assert.True(exit == 0, output + errors);
        Assert.Contains("1 updated", output, StringComparison.Ordinal);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal("Central bank holds rates, signals cut", article.Headline);
        Assert.Equal(2, article.AgencyVersion);
        Assert.True(article.WasUpdated);
        Assert.Equal(2, await App.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == article.Id)));
    }

    [Fact]
    public async Task An_older_version_arriving_late_changes_nothing()
    {
        await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-item-rates-v2.xml"));

        var (_, output, _) = await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-item-rates.xml"));

        Assert.Contains("1 unchanged", output, StringComparison.Ordinal);
        Assert.Equal("Central bank holds rates, signals cut", (await App.WithDbAsync(db => db.Articles.SingleAsync())).Headline);
    }

    [Fact]
    public async Task A_canceled_item_takes_the_story_down_with_the_agency_reason()
    {
        await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-item-rates.xml"));
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());

        await ImportVerbRun.RunAsync(App.Services, WireFixtures.PathOf("g2-item-rates-canceled.xml"));

        var (status, html) = await App.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug));
        Assert.Equal(System.Net.HttpStatusCode.Gone, status);
        Assert.Contains("Story killed: the decision was misreported", html, StringComparison.Ordinal);
        var takedown = await App.WithDbAsync(db => db.Takedowns.SingleAsync());
        Assert.Contains("canceled", takedown.InternalReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_embargoed_item_is_scheduled_for_its_embargo_and_cannot_be_published_before()
    {
        var embargo = App.Clock.GetUtcNow().AddHours(6);
        var file = Write("embargoed.xml", WireFixtures.NewsItem("urn:test:embargo", 1, "Embargoed results", "Profit doubled.", embargo: embargo));

        var (exit, _, _) = await ImportVerbRun.RunAsync(App.Services, file);

        Assert.Equal(0, exit);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.Equal(embargo, article.ScheduledAt);
        Assert.Throws<WorkflowException>(() => article.Publish(Core.Staff.Actor.System, App.Clock.GetUtcNow(), new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public async Task A_bad_xml_file_is_refused_naming_file_line_and_reason_and_stores_nothing()
    {
        var bad = Write("bad.xml", "<?xml version=\"1.0\"?>\n<nitf>\n<body>\n<body.head><hedline></hedline></body.head>\n<body.content><p>x</p></body.content></body></nitf>");

        var (exit, _, errors) = await ImportVerbRun.RunAsync(App.Services, bad);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:4: refused: the <hedline> has no <hl1> headline", errors, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_folder_imports_every_format_in_it()
    {
        File.Copy(WireFixtures.PathOf("nitf-harbour.xml"), Path.Combine(_folder, "harbour.xml"));
        File.Copy(WireFixtures.PathOf("iptc7901-rail.txt"), Path.Combine(_folder, "rail.txt"));
        Write("plain.txt", "Plain story\nMay 1, 2024\nPARIS — Body.\n");

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, _folder);

        Assert.True(exit == 0, output + errors);
        Assert.Equal(3, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_file_the_database_refuses_spoils_none_of_the_others_in_its_batch()
    {
        Write("a.xml", WireFixtures.NewsItem("urn:test:batch:1", 1, "First batch story", "One."));
        Write("b.xml", WireFixtures.NewsItem("urn:test:" + new string('x', 400), 1, "Story with an overlong id", "Two."));
        Write("c.xml", WireFixtures.NewsItem("urn:test:batch:3", 1, "Third batch story", "Three."));
        Write("d.xml", WireFixtures.NewsItem("urn:test:batch:1", 2, "First batch story, updated", "One, again."));

        var (exit, output, errors) = await ImportVerbRun.RunAsync(App.Services, _folder);

        // The whole output on failure: this test once failed under load with a.xml refused (cause not yet seen).
        var said = $"stdout:\n{output}\nstderr:\n{errors}";
        Assert.True(exit == 1, said);
        Assert.True(errors.Contains("b.xml: refused: the database did not accept it", StringComparison.Ordinal), said);
        Assert.True(output.Contains("3 of 4 file(s) imported: 2 created, 1 updated, 0 unchanged, 1 refused.", StringComparison.Ordinal), said);
        var headlines = await App.WithDbAsync(db => db.Articles.OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync());
        Assert.Equal(["First batch story, updated", "Third batch story"], headlines);
        // Two versions of one item are never in one batch: each is a revision of its own.
        Assert.Equal(2, await App.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.Article!.AgencyId == "urn:test:batch:1")));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
