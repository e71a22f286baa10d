using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>Issue 15, item 1: the queue for thousands — paging, Select all, Search comments, filters, counts.</summary>
[Collection(SharedApp.Name)]
public sealed class QueueAtScaleTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Pending_pages_oldest_first_past_the_first_hundred_by_keyset()
    {
        await App.AddManyCommentsAsync(_articleId, 250, App.Clock.GetUtcNow().AddDays(-1));
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        var first = await moderator.QueueAsync();
        var second = await moderator.QueueAsync(NextLink(first)!);
        var third = await moderator.QueueAsync(NextLink(second)!);

        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"Reader {i}"), first.Authors());
        Assert.Equal(Enumerable.Range(101, 100).Select(i => $"Reader {i}"), second.Authors());
        Assert.Equal(Enumerable.Range(201, 50).Select(i => $"Reader {i}"), third.Authors());
        Assert.Null(NextLink(third));
        Assert.Contains("Pending (250)", first.QuerySelector("nav[aria-label=Moderation]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_states_page_newest_first()
    {
        await App.AddManyCommentsAsync(_articleId, 120, App.Clock.GetUtcNow().AddDays(-1), CommentStatus.Approved);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        var first = await moderator.QueueAsync("/moderation?status=Approved");
        var second = await moderator.QueueAsync(NextLink(first)!);

        Assert.Equal("Reader 120", first.Authors()[0]);
        Assert.Equal(Enumerable.Range(1, 20).Reverse().Select(i => $"Reader {i}"), second.Authors());
    }

    [Fact]
    public async Task Select_all_without_script_applies_to_every_comment_on_the_page_and_no_other()
    {
        var ids = await App.AddManyCommentsAsync(_articleId, 130, App.Clock.GetUtcNow().AddDays(-1));
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        var queue = await moderator.QueueAsync();
        var selectAll = queue.QuerySelector("input[type=checkbox][name=all]")!;
        Assert.Equal("Select all", queue.QuerySelector($"label[for={selectAll.Id}]")!.Text());

        using var response = await moderator.PostAsync("/moderation/comments", new FormUrlEncodedContent(queue.BulkForm("Approve", ("all", "true"))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statuses = (await App.CommentsAsync()).ToDictionary(c => c.Id, c => c.Status);
        Assert.All(ids.Take(100), id => Assert.Equal(CommentStatus.Approved, statuses[id]));
        Assert.All(ids.Skip(100), id => Assert.Equal(CommentStatus.Pending, statuses[id]));
        Assert.Equal("/moderation?status=Pending", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Ticked_comments_alone_are_moved_when_Select_all_is_off()
    {
        var ids = await App.AddManyCommentsAsync(_articleId, 5, App.Clock.GetUtcNow().AddDays(-1));
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        var queue = await moderator.QueueAsync();

        (await moderator.PostAsync("/moderation/comments", new FormUrlEncodedContent(queue.BulkForm("Delete", ("ids", $"{ids[1]}"), ("ids", $"{ids[3]}"))))).Dispose();

        var trashed = (await App.CommentsAsync()).Where(c => c.Status == CommentStatus.Trash).Select(c => c.Id);
        Assert.Equal([ids[1], ids[3]], trashed);
    }

    [Theory]
    [InlineData("needle", "Ada")]
    [InlineData("BOB", "Bob")]
    [InlineData("cy@example", "Cy")]
    [InlineData("100%", "Dee")]
    public async Task Search_comments_finds_by_text_name_or_email(string search, string expected)
    {
        await App.AddCommentAsync(_articleId, "Ada", "A needle in the haystack.", CommentStatus.Pending, email: "ada@example.com");
        await App.AddCommentAsync(_articleId, "Bob", "Nothing here.", CommentStatus.Pending, email: "b@example.com");
        await App.AddCommentAsync(_articleId, "Cy", "Nor here.", CommentStatus.Pending, email: "cy@example.com");
        await App.AddCommentAsync(_articleId, "Dee", "I am 100% sure.", CommentStatus.Pending);
        await App.AddCommentAsync(_articleId, "Eve", "I am 1000 sure.", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        var page = await moderator.QueueAsync();
        Assert.Equal("q", page.QuerySelector($"#{page.QuerySelectorAll("label").Single(l => l.Text() == "Search comments").GetAttribute("for")}")!.GetAttribute("name"));

        var found = await moderator.QueueAsync($"/moderation?q={Uri.EscapeDataString(search)}");

        Assert.Equal([expected], found.Authors());
    }

    [Fact]
    public async Task Queue_filters_by_section_and_by_age()
    {
        var other = await App.AddPublishedAsync("A story in no section");
        await App.AddCommentAsync(other, "Nosection", "Elsewhere.", CommentStatus.Pending);
        App.Clock.Advance(TimeSpan.FromDays(10));
        await App.AddCommentAsync(_articleId, "Recent", "Just now.", CommentStatus.Pending);
        var section = await App.WithDbAsync(async db =>
        {
            var s = new Section("World", "world");
            db.Sections.Add(s);
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE articles SET section_id = {s.Id} WHERE id = {_articleId}");
            return s.Id;
        });
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        Assert.Equal(["Recent"], (await moderator.QueueAsync($"/moderation?section={section}")).Authors());
        Assert.Equal(["Recent"], (await moderator.QueueAsync("/moderation?age=LastDay")).Authors());
        Assert.Equal(["Nosection"], (await moderator.QueueAsync("/moderation?age=OlderThanWeek")).Authors());
    }

    [Fact]
    public async Task Malformed_paging_cursor_shows_the_first_page()
    {
        await App.AddManyCommentsAsync(_articleId, 3, App.Clock.GetUtcNow().AddDays(-1));
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        using var response = await moderator.GetAsync("/moderation?after=not-a-cursor-99999999999999999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await Html.ParseAsync(await response.Content.ReadAsStringAsync())).Authors().Count);
    }

    private static string? NextLink(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("a[rel=next]")?.GetAttribute("href");
}
