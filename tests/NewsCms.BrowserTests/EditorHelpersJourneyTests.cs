using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>A reporter writes with the editor's helpers: the preview follows the typing without a page load, the figures count, Ctrl+S saves.</summary>
[Collection(SharedBrowser.Name)]
public sealed class EditorHelpersJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Reporter_types_in_Body_sees_the_live_preview_and_counts_update_without_a_page_load_then_saves_with_Ctrl_S()
    {
        var page = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Reporter));
        await page.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await page.ArrivedAtAsync("**/admin/articles/new");
        var loads = 0;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
                loads++;
        };

        await page.GetByLabel("Headline").PressSequentiallyAsync("Council approves the park");
        await page.GetByLabel("Body").PressSequentiallyAsync("The council **voted** on Tuesday.\n\n<script>document.title='owned'</script>");

        var preview = page.GetByRole(AriaRole.Region, new() { Name = "As readers will see it" });
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("voted");
        await Assertions.Expect(preview.Locator("script")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("25 of 200 characters")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("6 words · 1 min read")).ToBeVisibleAsync();
        await page.GetByLabel("Body").PressSequentiallyAsync(" More words.");
        await Assertions.Expect(page.GetByText("8 words · 1 min read")).ToBeVisibleAsync();
        Assert.Equal(0, loads);
        Assert.NotEqual("owned", await page.TitleAsync());

        await page.GetByLabel("Body").PressAsync("Control+s");

        await page.ArrivedAtAsync("**/admin/articles/*/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("saved");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "As readers will see it" }).Locator("strong")).ToHaveTextAsync("voted");
        Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));
    }

    [Fact]
    public async Task Without_script_the_live_preview_stays_hidden_and_the_Preview_button_still_works()
    {
        var page = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Reporter), script: false);
        await page.GotoAsync("/admin/articles/new");
        await page.GetByLabel("Headline").FillAsync("Council approves the park");
        await page.GetByLabel("Body").FillAsync("The council **voted** on Tuesday.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview", Exact = true }).Locator("strong")).ToHaveTextAsync("voted");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "As readers will see it" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("5 words · 1 min read")).ToBeVisibleAsync();
    }
}
