using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>The editor form: its words, its buttons for each person, and saving drafts.</summary>
[Collection(SharedApp.Name)]
public sealed class ArticleEditorTests(NewsCmsApplication app) : AppTest(app)
{
    private static readonly string[] ContractLabels =
        ["Headline", "Slug", "Standfirst", "Dateline", "Wire source", "Body", "Lead image", "Section", "Tags", "Staff authors", "Byline", "Search title", "Search description", "Publish at", "Unpublish at"];

    [Fact]
    public async Task Editor_form_has_the_contract_labels_each_pointing_at_its_control()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var form = (await editor.PageAsync(NewUrl)).QuerySelector("form[method=post]")!;

        var labels = form.QuerySelectorAll("label").ToList();
        Assert.Equal(ContractLabels, labels.Select(l => l.Text()));
        foreach (var label in labels)
        {
            var control = form.Owner!.GetElementById(label.GetAttribute("for")!);
            Assert.True(control is not null && control.LocalName is "input" or "select" or "textarea", $"label {label.Text()} points at nothing");
        }

        Assert.Equal("datetime-local", form.QuerySelector("#PublishAt")!.GetAttribute("type"));
        Assert.True(form.QuerySelector("#AuthorIds")!.HasAttribute("multiple"));
        Assert.Null(form.GetAttribute("action"));
    }

    [Fact]
    public async Task Editor_gets_the_buttons_the_workflow_allows_in_each_state()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        Assert.Equal(["Save draft", "Preview", "Submit for review", "Schedule", "Publish"], (await editor.PageAsync(NewUrl)).Buttons());

        var id = await editor.PublishedStoryAsync();

        var page = await editor.PageAsync(EditUrl(id));
        Assert.Equal(["Update", "Preview", "Unpublish", "Archive"], page.Buttons());
        Assert.Contains("Update puts your changes on the site at once", page.QuerySelector("#save-hint")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Published", page.QuerySelector("#save-state")!.Text());
        Assert.Null(page.QuerySelector("label[for=PublishAt]"));
        Assert.NotNull(page.QuerySelector("label[for=UnpublishAt]"));
    }

    [Fact]
    public async Task Reporter_form_has_no_publishing_buttons_or_times()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        var page = await reporter.PageAsync(NewUrl);

        Assert.Equal(["Save draft", "Preview", "Submit for review"], page.Buttons());
        Assert.Null(page.QuerySelector("label[for=PublishAt]"));
        Assert.Null(page.QuerySelector("label[for=UnpublishAt]"));
    }

    [Fact]
    public async Task Reporter_saves_an_incomplete_draft()
    {
        var staff = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(staff);

        var id = await reporter.NewDraftAsync(new Dictionary<string, string> { ["Body"] = "Notes so far." });

        var article = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("", article.Headline);
        Assert.Equal("Notes so far.", article.BodyMarkdown);
        Assert.Equal(staff.Id, article.CreatedById);
        var page = await reporter.PageAsync(EditUrl(id));
        Assert.Equal("Draft saved.", page.QuerySelector("[role=status]")!.Text());
        Assert.Equal(["Save draft", "Preview", "Submit for review"], page.Buttons());
    }

    [Fact]
    public async Task Tags_typed_with_commas_are_created_once_and_reused()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        var first = await editor.NewDraftAsync(new Dictionary<string, string>(Story()) { ["Tags"] = "Politics, Europe" });
        var second = await editor.NewDraftAsync(new Dictionary<string, string>(Story("Another")) { ["Tags"] = "europe,  Politics ,politics" });

        var tags = await App.WithDbAsync(db => db.Tags.OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync());
        Assert.Equal(["europe", "politics"], tags);
        Assert.Equal(["europe", "politics"], (await App.ArticleAsync(first)).Tags.Select(t => t.Slug).Order());
        Assert.Equal(["europe", "politics"], (await App.ArticleAsync(second)).Tags.Select(t => t.Slug).Order());
        Assert.Equal("Europe, Politics", (await editor.PageAsync(EditUrl(first))).QuerySelector("input#Tags")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Staff_authors_offered_are_the_writers_and_whoever_is_on_the_byline_already()
    {
        var writer = await App.CreateStaffAsync(Roles.Reporter);
        var moderator = await App.CreateStaffAsync(Roles.Moderator);
        var leaver = await App.CreateStaffAsync(Roles.Reporter);
        var editor = await App.CreateStaffAsync(Roles.Editor);
        using var client = await App.SignedInClientAsync(editor);
        List<KeyValuePair<string, string>> fields = [.. Story(), new("AuthorIds", leaver.Id)];
        var id = await client.NewDraftAsync(fields);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await scope.ServiceProvider.GetRequiredService<StaffAccounts>().DisableAsync((await users.FindByIdAsync(leaver.Id))!);
        }

        var offeredForNew = (await client.PageAsync(NewUrl)).QuerySelectorAll("#AuthorIds option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(new[] { writer.Id, editor.Id }.Order(StringComparer.Ordinal), offeredForNew.Order(StringComparer.Ordinal));
        var offeredForTheDraft = (await client.PageAsync(EditUrl(id))).QuerySelectorAll("#AuthorIds option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(leaver.Id, offeredForTheDraft[0]);
        Assert.DoesNotContain(moderator.Id, offeredForTheDraft);
    }
}
