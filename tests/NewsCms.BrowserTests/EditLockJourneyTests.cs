using Microsoft.Playwright;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>Two people in two browsers on one story: the lock tells, Take over hands it on, and the stale save loses nothing.</summary>
[Collection(SharedBrowser.Name)]
public sealed class EditLockJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Second_editor_sees_the_lock_takes_over_and_saves_and_the_first_gets_the_conflict_with_both_versions()
    {
        var ann = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Editor));
        await ann.GetByRole(AriaRole.Link, new() { Name = "New article" }).First.ClickAsync();
        await ann.GetByLabel("Headline").FillAsync("Council approves the riverside park");
        await ann.GetByLabel("Body").FillAsync("The council voted on Tuesday.");
        await ann.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(ann.GetByRole(AriaRole.Status).First).ToContainTextAsync("saved");
        var editUrl = ann.Url;

        var bo = await App.SignedInPageAsync(await App.CreateStaffAsync(Roles.Editor));
        await bo.GotoAsync(editUrl);
        await Assertions.Expect(bo.Locator(".lock-banner")).ToContainTextAsync("is editing since");
        await bo.GetByRole(AriaRole.Button, new() { Name = "Take over" }).ClickAsync();
        await Assertions.Expect(bo.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Are you sure you want to take over");
        await bo.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Take over" }).ClickAsync();
        await Assertions.Expect(bo.Locator(".lock-banner")).ToHaveCountAsync(0);
        await bo.GetByLabel("Body").FillAsync("Bo's version: the council voted 6-3 on Tuesday.");
        await bo.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(bo.GetByRole(AriaRole.Status).First).ToContainTextAsync("saved");

        await ann.GetByLabel("Body").FillAsync("Ann's version: the vote was on Tuesday evening.");
        await ann.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(ann.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Someone else saved this article");
        await Assertions.Expect(ann.GetByRole(AriaRole.Region, new() { Name = "Their version (saved)" })).ToContainTextAsync("Bo's version: the council voted 6-3 on Tuesday.");
        await Assertions.Expect(ann.GetByRole(AriaRole.Region, new() { Name = "Your version (not saved yet)" })).ToContainTextAsync("Ann's version: the vote was on Tuesday evening.");
        await Assertions.Expect(ann.GetByLabel("Body")).ToHaveValueAsync("Ann's version: the vote was on Tuesday evening.");
        Assert.True(App.ConsoleErrors.Count == 0, string.Join(" | ", App.ConsoleErrors));
    }
}
