using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

/// <summary>The header's sections are cached in memory; the newsroom's section pages evict them.</summary>
[Collection(SharedApp.Name)]
public sealed class SectionMenuTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Adding_renaming_and_deleting_a_section_shows_in_the_header_at_once()
    {
        var id = await App.AddSectionAsync("Bussiness", "bussiness");
        Assert.Equal(["Bussiness"], await HeaderSectionsAsync());
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        using (var renamed = await editor.PostFormAsync($"/admin/sections/{id}/edit", new() { ["Name"] = "Business", ["Slug"] = "business" }))
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(["Business"], await HeaderSectionsAsync());

        using (var added = await editor.PostFormAsync("/admin/sections/new", new() { ["Name"] = "Arts", ["Slug"] = "arts" }, "/admin/sections/new"))
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Arts", "Business"], await HeaderSectionsAsync());

        using (var deleted = await editor.PostFormAsync($"/admin/sections/{id}/delete", new(), $"/admin/sections/{id}/edit"))
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(["Arts"], await HeaderSectionsAsync());
    }

    [Fact]
    public async Task Newsroom_pages_have_no_reader_search_or_sections()
    {
        await App.AddSectionAsync("World", "world");
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var page = await Html.ParseAsync(await editor.GetStringAsync("/admin/sections"));

        Assert.Null(page.QuerySelector("nav[aria-label=Sections]"));
        Assert.Null(page.QuerySelector("form[role=search]"));
    }

    private async Task<List<string>> HeaderSectionsAsync()
    {
        var page = await Html.ParseAsync((await App.GetAsync("/")).Html);
        return page.QuerySelectorAll("header nav[aria-label=Sections] a").Select(a => a.Text()).ToList();
    }
}
