using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Articles;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>Reasons beside the fields they belong to, what was typed shown again, and nothing saved.</summary>
[Collection(SharedApp.Name)]
public sealed class ArticleValidationTests(NewsCmsApplication app) : AppTest(app)
{
    private NewsroomOptions Newsroom => App.Services.GetRequiredService<NewsroomOptions>();

    [Fact]
    public async Task Submitting_without_a_headline_shows_the_reason_beside_it_keeps_what_was_typed_and_saves_nothing()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(new Dictionary<string, string> { ["Body"] = "First notes." });
        var before = await App.ArticleAsync(id);

        using var response = await reporter.PressAsync(EditUrl(id), "Submit", new Dictionary<string, string> { ["Headline"] = "", ["Body"] = "Typed, not saved." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Write a headline.", page.ReasonBeside("Headline"));
        Assert.Equal("Typed, not saved.", page.QuerySelector("textarea#Body")!.TextContent.Trim());
        var after = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, after.Status);
        Assert.Equal("First notes.", after.BodyMarkdown);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task A_headline_over_200_characters_is_refused_with_the_reason_and_nothing_is_created()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var headline = new string('h', 201);

        using var response = await reporter.PressAsync(NewUrl, "SaveDraft", new Dictionary<string, string> { ["Headline"] = headline });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("The headline is 201 characters; the limit is 200.", page.ReasonBeside("Headline"));
        Assert.Equal(headline, page.QuerySelector("input#Headline")!.GetAttribute("value"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_malformed_slug_is_refused_beside_the_slug()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        using var response = await reporter.PressAsync(NewUrl, "SaveDraft", new Dictionary<string, string>(Story()) { ["Slug"] = "Park Vote!" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Use lower-case letters", (await response.DocumentAsync()).ReasonBeside("Slug"), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_slug_already_used_that_day_is_refused_beside_the_slug()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.PublishedStoryAsync(Story("Budget vote delayed"));
        var second = await editor.NewDraftAsync(Story("Budget vote delayed"));

        using var response = await editor.PressAsync(EditUrl(second), "Publish", Story("Budget vote delayed"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already uses the slug \"budget-vote-delayed\"", (await response.DocumentAsync()).ReasonBeside("Slug"), StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(second)).Status);
    }

    [Fact]
    public async Task A_schedule_time_in_the_past_is_refused_beside_publish_at()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());
        var anHourAgo = Newsroom.ToLocal(App.Clock.GetUtcNow().AddHours(-1)).DateTime;

        using var response = await editor.PressAsync(EditUrl(id), "Schedule", new Dictionary<string, string>(Story()) { ["PublishAt"] = LocalInput(anHourAgo) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose a publication time in the future.", (await response.DocumentAsync()).ReasonBeside("PublishAt"));
        var article = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Null(article.ScheduledAt);
    }

    [Fact]
    public async Task Scheduling_stores_the_newsroom_time_as_utc_and_says_when()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());
        var tomorrow = Newsroom.ToLocal(App.Clock.GetUtcNow()).Date.AddDays(1).AddHours(15);

        await editor.PressOkAsync(EditUrl(id), "Schedule", new Dictionary<string, string>(Story()) { ["PublishAt"] = LocalInput(tomorrow) });

        var article = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.Equal(Newsroom.FromLocal(tomorrow), article.ScheduledAt);
        var page = await editor.PageAsync(EditUrl(id));
        Assert.Equal($"Scheduled for {tomorrow:MMMM d, yyyy}, 3:00 PM.", page.QuerySelector("[role=status]")!.Text());
        Assert.Equal(LocalInput(tomorrow), page.QuerySelector("input#PublishAt")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_section_is_refused_beside_section()
    {
        await App.WithDbAsync(async db =>
        {
            db.Sections.Add(new Section("Politics", "politics"));
            await db.SaveChangesAsync();
        });
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());

        using var response = await editor.PressAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story("Changed")) { ["SectionId"] = "999999" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Choose a section from the list.", page.ReasonBeside("SectionId"));
        Assert.Equal(["(none)", "Politics"], page.QuerySelectorAll("#SectionId option").Select(o => o.Text()));
        var article = await App.ArticleAsync(id);
        Assert.Null(article.SectionId);
        Assert.Equal("Council approves the riverside park", article.Headline);
    }

    [Fact]
    public async Task An_unreadable_time_is_refused_and_nothing_saved()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());

        using var response = await editor.PressAsync(EditUrl(id), "Schedule", new Dictionary<string, string>(Story("Changed")) { ["PublishAt"] = "next tuesday" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.DocumentAsync()).ReasonBeside("PublishAt"));
        Assert.Equal("Council approves the riverside park", (await App.ArticleAsync(id)).Headline);
    }
}
