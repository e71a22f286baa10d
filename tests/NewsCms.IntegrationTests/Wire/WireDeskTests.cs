using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.Core.Wire;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>/admin/import puts agency files on the Incoming desk; /admin/wire uses, publishes or dismisses them.</summary>
[Collection(SharedApp.Name)]
public sealed class WireDeskTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task The_import_page_has_the_wire_files_control_and_import_button()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var page = await editor.PageAsync(WireKit.ImportUrl);

        Assert.Equal("Wire files", page.LabelText("files"));
        Assert.Contains("Import", page.ButtonTexts());
    }

    [Fact]
    public async Task Uploaded_files_wait_on_the_desk_with_a_result_line_each()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var result = await editor.ImportFilesAsync(WireKit.Fixture("nitf-harbour.xml"), WireKit.Fixture("g2-message-two.xml"));

        Assert.Contains("nitf-harbour.xml: on the Incoming desk: Harbour bridge reopens after storm repairs", result, StringComparison.Ordinal);
        Assert.Contains("g2-message-two.xml: on the Incoming desk: Carmaker doubles quarterly profit", result, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
        var desk = await editor.PageAsync(WireKit.DeskUrl);
        var headlines = desk.QuerySelectorAll(".wire-desk h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Harbour bridge reopens after storm repairs", headlines);
        Assert.Contains("Record field signs up for city marathon", headlines);
        Assert.Contains("Use", desk.ButtonTexts());
        Assert.Contains("Publish now", desk.ButtonTexts());
        Assert.Contains("Dismiss", desk.ButtonTexts());
    }

    [Fact]
    public async Task A_bad_file_is_named_with_its_reason_and_nothing_of_it_is_stored()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var bad = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<nitf>\n<body><body.content></body.content></body>\n</nitf>");

        var result = await editor.ImportFilesAsync(("broken.xml", bad), WireKit.Fixture("iptc7901-rail.txt"));

        Assert.Contains("broken.xml:3: refused: the <hedline> has no <hl1> headline", result, StringComparison.Ordinal);
        Assert.Contains("iptc7901-rail.txt: on the Incoming desk", result, StringComparison.Ordinal);
        Assert.Equal(["Rail workers call off weekend strike"], await App.WithDbAsync(db => db.WireItems.Select(w => w.Headline).ToListAsync()));
    }

    [Fact]
    public async Task A_zip_is_read_file_by_file()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in (string[])["nitf-harbour.xml", "g2-item-rates.xml"])
                archive.CreateEntryFromFile(WireFixtures.PathOf(name), "copy/" + name);
        }

        var result = await editor.ImportFilesAsync(("agency.zip", zip.ToArray()));

        Assert.Contains("agency.zip/copy/nitf-harbour.xml: on the Incoming desk", result, StringComparison.Ordinal);
        Assert.Contains("agency.zip/copy/g2-item-rates.xml: on the Incoming desk", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Use_makes_a_draft_credited_to_the_agency_that_follows_the_workflow()
    {
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        var id = await OnDeskAsync("nitf-harbour.xml");
        using var client = await App.SignedInClientAsync(reporter);

        using var response = await client.PressAsync(id, "use");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal($"/admin/articles/{article.Id}/edit", response.Headers.Location!.OriginalString);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(reporter.Id, article.CreatedById);
        Assert.Equal("Jane Okafor, Northwind Agency", article.Byline);
        Assert.Equal(new Dateline("PORTSMOUTH", null), article.Dateline);
        Assert.Equal(WireItemStatus.Used, (await App.WithDbAsync(db => db.WireItems.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_table_in_agency_copy_waits_on_the_desk_and_reaches_the_story_as_a_table()
    {
        const string results = """
            <nitf><head><docdata><doc-id id-string="NWA-results-1"/></docdata></head><body>
              <body.head><hedline><hl1>Rovers top the table</hl1></hedline></body.head>
              <body.content>
                <p>Saturday's results:</p>
                <table><tr><th>Home</th><th>Score</th><th>Away</th></tr><tr><td>Harbour Rovers</td><td>2-1</td><td>Bay City</td></tr></table>
              </body.content></body></nitf>
            """;
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.ImportFilesAsync(("results.xml", Encoding.UTF8.GetBytes(results)));
        var id = await App.WithDbAsync(db => db.WireItems.Select(w => w.Id).SingleAsync());

        using var response = await editor.PressAsync(id, "use");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = (await App.WithDbAsync(db => db.Articles.SingleAsync())).BodyHtml;
        Assert.Contains("<th>Home</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Harbour Rovers</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Bay City</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_now_puts_the_story_on_the_site()
    {
        var id = await OnDeskAsync("g2-item-rates.xml");
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        using var response = await editor.PressAsync(id, "publish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal("urn:newsml:northwind.example:20240501:rates-decision", article.AgencyId);
    }

    [Fact]
    public async Task An_embargoed_item_cannot_be_published_now()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var embargoed = WireFixtures.NewsItem("urn:test:desk-embargo", 1, "Held story", "Text.", embargo: App.Clock.GetUtcNow().AddHours(2));
        await editor.ImportFilesAsync(("held.xml", Encoding.UTF8.GetBytes(embargoed)));
        var id = await App.WithDbAsync(db => db.WireItems.Select(w => w.Id).SingleAsync());

        using var response = await editor.PressAsync(id, "publish");

        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
        var desk = await editor.PageAsync(WireKit.DeskUrl);
        Assert.Contains("embargoed until", desk.QuerySelector(".notice-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_will_not_publish_a_used_item_before_its_embargo()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var embargoed = WireFixtures.NewsItem("urn:test:editor-embargo", 1, "Held story", "Text.", embargo: App.Clock.GetUtcNow().AddHours(2));
        await editor.ImportFilesAsync(("held.xml", Encoding.UTF8.GetBytes(embargoed)));
        using var used = await editor.PressAsync(await App.WithDbAsync(db => db.WireItems.Select(w => w.Id).SingleAsync()), "use");
        var articleId = await App.WithDbAsync(db => db.Articles.Select(a => a.Id).SingleAsync());

        using var response = await editor.PressAsync(ArticleEditing.EditUrl(articleId), "Publish", ArticleEditing.Story("Held story", "Text."));

        Assert.Contains("embargo", (await response.DocumentAsync()).ReasonBeside("PublishAt"), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(articleId)).Status);
    }

    [Fact]
    public async Task Dismiss_takes_the_item_off_the_desk()
    {
        var id = await OnDeskAsync("iptc7901-rail.txt");
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        using var response = await editor.PressAsync(id, "dismiss");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var desk = await editor.PageAsync(WireKit.DeskUrl);
        Assert.Empty(desk.QuerySelectorAll(".wire-desk h2"));
    }

    [Fact]
    public async Task A_later_version_replaces_the_item_waiting_on_the_desk()
    {
        await OnDeskAsync("g2-item-rates.xml");
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var result = await editor.ImportFilesAsync(WireKit.Fixture("g2-item-rates-v2.xml"));

        Assert.Contains("updated on the Incoming desk", result, StringComparison.Ordinal);
        var item = await App.WithDbAsync(db => db.WireItems.SingleAsync());
        Assert.Equal("Central bank holds rates, signals cut", item.Headline);
    }

    [Fact]
    public async Task Reporters_see_the_desk_with_use_only()
    {
        await OnDeskAsync("iptc7901-rail.txt");
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        var desk = await reporter.PageAsync(WireKit.DeskUrl);

        Assert.Equal(["Use"], desk.QuerySelectorAll(".wire-desk button").Select(b => b.TextContent.Trim()));
    }

    private async Task<long> OnDeskAsync(string fixture)
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.ImportFilesAsync(WireKit.Fixture(fixture));
        return await App.WithDbAsync(db => db.WireItems.Where(w => w.Status == WireItemStatus.Waiting).Select(w => w.Id).FirstAsync());
    }
}
