using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Operations;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.ReaderSite;
using NewsCms.Web.Operations;

namespace NewsCms.IntegrationTests.Operations;

/// <summary>/admin/system: every node's last hour from system_samples, with charts drawn on the server.</summary>
[Collection(SharedApp.Name)]
public sealed class SystemPageTests(NewsCmsApplication app) : AppTest(app)
{
    private SystemSampler Sampler => App.Services.GetRequiredService<SystemSampler>();

    [Fact]
    public async Task Figures_move_after_a_reader_views_a_story_and_sends_a_comment()
    {
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        await App.ImportAsync(Samples.Seed);
        await Sampler.SampleAsync();
        var before = await FiguresAsync(admin);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await App.GetAsync(Samples.SeedUrl)).Status);
        using var reader = App.ReaderClient();
        using var sent = await App.PostCommentAsync(reader, CommentPosting.Fields("Ada", "A remark for the figures."));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, sent.StatusCode);
        await Sampler.SampleAsync();
        var after = await FiguresAsync(admin);

        Assert.True(after["pages-rendered"] > before["pages-rendered"], "a rendered page counted");
        Assert.True(after["pages-from-cache"] > before["pages-from-cache"], "the comment form's fetch of the cached page counted");
        Assert.Equal(before["comments-held"] + before["comments-approved"] + 1, after["comments-held"] + after["comments-approved"]);
        Assert.True(after["requests"] >= before["requests"] + 4, "requests counted");
        Assert.True(after["round-trips"] > before["round-trips"], "database round trips counted");
    }

    [Fact]
    public async Task The_page_shows_each_node_and_the_whole_site_with_a_chart_per_figure()
    {
        var now = App.Clock.GetUtcNow();
        await App.WithDbAsync(async db =>
        {
            db.SystemSamples.AddRange(Sample("node-a", now.AddMinutes(-3), 5), Sample("node-b", now.AddMinutes(-3), 7), Sample("node-a", now.AddMinutes(-2), 1));
            await db.SaveChangesAsync();
        });
        using var admin = await App.SignedInClientAsync(Roles.Admin);

        var page = await admin.PageAsync("/admin/system");

        var row = page.QuerySelector("tr[data-figure='pages-rendered']")!;
        Assert.Equal("6", row.QuerySelector("td[data-node='node-a']")!.Text());
        Assert.Equal("7", row.QuerySelector("td[data-node='node-b']")!.Text());
        Assert.Equal("13", row.QuerySelector("td[data-total]")!.Text());
        var chart = row.QuerySelector("svg")!;
        Assert.Equal(3, chart.QuerySelectorAll("polyline").Length); // one per node and the whole site's
        Assert.Equal(60, chart.QuerySelectorAll("polyline")[2].GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public async Task A_node_name_is_encoded_in_the_table_and_in_the_chart()
    {
        const string name = "<script>alert(1)</script>&\"x";
        await App.WithDbAsync(async db =>
        {
            db.SystemSamples.Add(Sample(name, App.Clock.GetUtcNow().AddMinutes(-1), 2));
            await db.SaveChangesAsync();
        });
        using var admin = await App.SignedInClientAsync(Roles.Admin);

        var html = await admin.GetStringAsync("/admin/system");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;x</title>", html, StringComparison.Ordinal);
        var page = await Html.ParseAsync(html);
        Assert.Equal(name, page.QuerySelector("th.system__node")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("svg script"));
    }

    [Fact]
    public async Task Samples_older_than_a_day_are_deleted_when_a_node_samples()
    {
        await App.WithDbAsync(async db =>
        {
            db.SystemSamples.Add(Sample("gone", App.Clock.GetUtcNow() - SystemSample.KeptFor - TimeSpan.FromMinutes(1), 1));
            await db.SaveChangesAsync();
        });

        await Sampler.SampleAsync();

        var nodes = await App.WithDbAsync(db => db.SystemSamples.Select(s => s.Node).ToListAsync());
        Assert.Equal([Sampler.Node], nodes);
    }

    [Fact]
    public async Task Admins_find_the_page_in_the_staff_menu_and_editors_do_not()
    {
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        Assert.NotNull((await admin.PageAsync("/admin")).QuerySelector("nav.staff-nav a[href='/admin/system']"));
        Assert.Null((await editor.PageAsync("/admin")).QuerySelector("nav.staff-nav a[href='/admin/system']"));
    }

    [Fact]
    public async Task The_page_has_no_html_errors()
    {
        await Sampler.SampleAsync();
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        var folder = Directory.CreateTempSubdirectory("newscms-html-");
        try
        {
            var file = Path.Combine(folder.FullName, "system.html");
            await File.WriteAllTextAsync(file, await admin.GetStringAsync("/admin/system"));

            var errors = await HtmlValidityTests.CheckAsync(new() { [file] = "/admin/system" });

            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static SystemSample Sample(string node, DateTimeOffset at, long rendered) => new()
    {
        Node = node, At = at, StartedAt = at.AddHours(-2), PagesRendered = rendered, Requests = rendered, PendingComments = 3, MemoryBytes = 200L << 20,
    };

    /// <summary>The whole site's value of every counted figure, by its key.</summary>
    private static async Task<Dictionary<string, long>> FiguresAsync(HttpClient admin)
    {
        var page = await admin.PageAsync("/admin/system");
        return page.QuerySelectorAll("tr[data-figure]")
            .Where(row => long.TryParse(row.QuerySelector("td[data-total]")!.Text(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
            .ToDictionary(row => row.GetAttribute("data-figure")!, row => long.Parse(row.QuerySelector("td[data-total]")!.Text(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
    }
}
