using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>
/// An editor writes with the toolbar, sees the search result and shared card follow the search words, picks
/// the byline's writers by typing their names, publishes, and the story's page names them.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class EditorToolsJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private string Site => App.Services.GetRequiredService<NewsCms.Core.Newsroom.NewsroomOptions>().Name;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Editor_formats_with_the_toolbar_watches_the_previews_picks_writers_by_typing_and_publishes()
    {
        await WriterAsync("ann.okafor@newscms.test", "Ann Okafor");
        await WriterAsync("bo.andersen@newscms.test", "Bo Andersen");
        var page = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Editor));
        await page.GotoAsync("/admin/articles/new");

        // Bold on a selection with the mouse; then the toolbar by keyboard: one Tab stop, arrows move, Enter presses.
        await page.GetByLabel("Headline").FillAsync("Council approves the park");
        var body = page.GetByLabel("Body");
        await body.FillAsync("The council voted on Tuesday.");
        await body.EvaluateAsync("b => b.setSelectionRange(12, 17)");
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting" });
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        await Assertions.Expect(body).ToHaveValueAsync("The council **voted** on Tuesday.");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "As readers will see it" }).Locator("strong")).ToHaveTextAsync("voted");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Italic" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(body).ToHaveValueAsync("The council **_voted_** on Tuesday.");

        // The search result and the card are drawn again by the server as the words change.
        var result = page.Locator("[data-appearance-result]");
        await Assertions.Expect(result.Locator(".search-result__title")).ToHaveTextAsync($"Council approves the park | {Site}");
        await page.GetByLabel("Search title").FillAsync("Park approved: what changes");
        await page.GetByLabel("Search description").FillAsync("Trees, a playground and a bridge.");
        await Assertions.Expect(result.Locator(".search-result__title")).ToHaveTextAsync($"Park approved: what changes | {Site}");
        await Assertions.Expect(page.Locator("[data-appearance-card] .share-card__description")).ToHaveTextAsync("Trees, a playground and a bridge.");
        await Assertions.Expect(page.GetByText("27 of about 60 characters")).ToBeVisibleAsync();

        // Writers by typing: arrows and Enter, or a click; the byline keeps the order chosen.
        var find = page.GetByLabel("Find a writer");
        await find.PressSequentiallyAsync("okaf");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Ann Okafor" })).ToBeVisibleAsync();
        await find.PressAsync("Enter");
        await find.PressSequentiallyAsync("ander");
        await page.GetByRole(AriaRole.Option, new() { Name = "Bo Andersen" }).ClickAsync();
        var chosen = page.GetByRole(AriaRole.List, new() { Name = "Chosen writers" });
        await Assertions.Expect(chosen.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Ann Okafor×", "Bo Andersen×"]);
        await Assertions.Expect(page.GetByLabel("Byline")).ToBeEditableAsync(); // the free-text byline is still the one control of that name

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await page.ArrivedAtAsync("**/admin/articles/*/edit");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Chosen writers" }).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Ann Okafor×", "Bo Andersen×"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "/20" }).ClickAsync();

        await Assertions.Expect(page.Locator(".story__header .meta__byline")).ToHaveTextAsync("By Ann Okafor and Bo Andersen");
        await Assertions.Expect(page.Locator(".story__body strong em")).ToHaveTextAsync("voted");
        Assert.Equal($"Park approved: what changes | {Site}", await page.TitleAsync());
        Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));
    }

    [Fact]
    public async Task Choosing_in_the_staff_authors_select_itself_still_works_and_the_picker_follows()
    {
        await WriterAsync("ann.okafor@newscms.test", "Ann Okafor");
        var page = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Editor));
        await page.GotoAsync("/admin/articles/new");

        await page.GetByLabel("Staff authors").SelectOptionAsync(new SelectOptionValue { Label = "Ann Okafor" });

        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Chosen writers" }).GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Ann Okafor×"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Ann Okafor" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Staff authors")).ToHaveValuesAsync(Array.Empty<string>());
    }

    [Fact]
    public async Task Without_script_there_is_no_toolbar_or_picker_and_the_select_chooses_writers()
    {
        await WriterAsync("ann.okafor@newscms.test", "Ann Okafor");
        var page = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Editor), script: false);
        await page.GotoAsync("/admin/articles/new");

        await Assertions.Expect(page.GetByRole(AriaRole.Toolbar)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Find a writer")).ToHaveCountAsync(0);
        await page.GetByLabel("Headline").FillAsync("Council approves the park");
        await page.GetByLabel("Body").FillAsync("The council voted.");
        await page.GetByLabel("Search title").FillAsync("Park approved");
        await page.GetByLabel("Staff authors").SelectOptionAsync(new SelectOptionValue { Label = "Ann Okafor" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await page.ArrivedAtAsync("**/admin/articles/*/edit");
        await Assertions.Expect(page.GetByLabel("Staff authors")).ToHaveValuesAsync([await WriterIdAsync("Ann Okafor")]);
        await Assertions.Expect(page.Locator("[data-appearance-result] .search-result__title")).ToHaveTextAsync($"Park approved | {Site}");
    }

    private Task WriterAsync(string email, string name) =>
        App.WithAccountsAsync(async (accounts, _) => Assert.True((await accounts.CreateAsync(email, name, [Roles.Reporter])).Succeeded));

    private Task<string> WriterIdAsync(string name) =>
        App.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.DisplayName == name)).Id);
}
