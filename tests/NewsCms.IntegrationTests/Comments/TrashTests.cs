using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Comments;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>Issue 15, item 2: Delete moves to Trash, Restore brings it back, Delete forever only in Trash, the purger empties it.</summary>
[Collection(SharedApp.Name)]
public sealed class TrashTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Trashed_comment_is_not_public_nor_counted_and_Restore_puts_it_back_where_it_was()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Worth reading.", CommentStatus.Approved);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);

        (await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "Delete" }, "/moderation?status=Approved")).Dispose();
        var article = (await App.GetAsync(Samples.SeedUrl)).Html;
        var trash = await moderator.QueueAsync("/moderation?status=Trash");

        Assert.DoesNotContain("Worth reading.", article, StringComparison.Ordinal);
        Assert.Contains("Comments (0)", article, StringComparison.Ordinal);
        Assert.Equal(["Ada"], trash.Authors());
        Assert.Equal(["Restore", "Delete forever"], trash.QuerySelectorAll(".queue-item__actions button").Select(b => b.Text()));
        Assert.Contains("Trash (1)", trash.QuerySelector("nav[aria-label=Moderation]")!.Text(), StringComparison.Ordinal);

        (await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "Restore" }, "/moderation?status=Trash")).Dispose();

        var restored = Assert.Single(await App.CommentsAsync());
        Assert.Equal((CommentStatus.Approved, null), (restored.Status, restored.TrashedAt));
        Assert.Contains("Worth reading.", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_forever_removes_only_comments_already_in_trash()
    {
        var pending = await App.AddCommentAsync(_articleId, "Ada", "Still waiting.", CommentStatus.Pending);
        var trashed = await App.AddCommentAsync(_articleId, "Bob", "Going.", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        (await moderator.PostFormAsync($"/moderation/comments/{trashed}", new() { ["verb"] = "Delete" }, "/moderation")).Dispose();

        (await moderator.PostFormAsync($"/moderation/comments/{pending}", new() { ["verb"] = "DeleteForever" }, "/moderation")).Dispose();
        (await moderator.PostFormAsync($"/moderation/comments/{trashed}", new() { ["verb"] = "DeleteForever" }, "/moderation?status=Trash")).Dispose();

        Assert.Equal([pending], (await App.CommentsAsync()).Select(c => c.Id));
        var log = await App.WithDbAsync(db => db.ModerationActions.OrderBy(a => a.Id).Select(a => a.Verb).ToListAsync());
        Assert.Equal([ModerationVerb.Delete, ModerationVerb.DeleteForever], log);
    }

    [Fact]
    public async Task Approve_does_not_apply_to_a_comment_in_trash_until_it_is_restored()
    {
        var id = await App.AddCommentAsync(_articleId, "Ada", "Gone.", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        (await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "Delete" }, "/moderation")).Dispose();

        using var response = await moderator.PostFormAsync($"/moderation/comments/{id}", new() { ["verb"] = "Approve" }, "/moderation?status=Trash");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CommentStatus.Trash, Assert.Single(await App.CommentsAsync()).Status);
        Assert.Contains("Comments (0)", (await App.GetAsync(Samples.SeedUrl)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purger_removes_comments_trashed_more_than_thirty_days_ago_and_keeps_younger_ones()
    {
        var old = await App.AddCommentAsync(_articleId, "Ada", "Old.", CommentStatus.Pending);
        var young = await App.AddCommentAsync(_articleId, "Bob", "Young.", CommentStatus.Pending);
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        var purger = App.Services.GetServices<IHostedService>().OfType<TrashPurger>().Single();
        (await moderator.PostFormAsync($"/moderation/comments/{old}", new() { ["verb"] = "Delete" }, "/moderation")).Dispose();

        // A run two days on purges nothing, and leaves the purger waiting on the clock for its next run.
        var early = await RunAfterAsync(purger, () => App.Clock.Advance(TimeSpan.FromDays(2)), _ => true);
        using var later = await App.SignedInClientAsync(Roles.Moderator); // two days on, the first sign-in has lapsed
        (await later.PostFormAsync($"/moderation/comments/{young}", new() { ["verb"] = "Delete" }, "/moderation")).Dispose();

        var purged = await RunAfterAsync(purger, () => App.Clock.Advance(TimeSpan.FromDays(29)), ids => ids?.Contains(old) == true);

        Assert.DoesNotContain(old, early ?? []);
        Assert.DoesNotContain(young, purged!);
        Assert.Equal([young], (await App.CommentsAsync()).Select(c => c.Id));
        var purge = await App.WithDbAsync(db => db.ModerationActions.SingleAsync(a => a.Verb == ModerationVerb.Purge));
        Assert.Equal((old, Actor.SystemId), (purge.CommentId!.Value, purge.ActorId));
    }

    /// <summary>Moves the clock and awaits the purger's run that matches: no sleeping, no polling.</summary>
    private static async Task<IReadOnlyList<int>?> RunAfterAsync(TrashPurger purger, Action act, Func<IReadOnlyList<int>?, bool> matches)
    {
        var finished = new TaskCompletionSource<IReadOnlyList<int>?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRun(IReadOnlyList<int>? run)
        {
            if (matches(run))
                finished.TrySetResult(run);
        }

        purger.RunFinished += OnRun;
        try
        {
            act();
            return await finished.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            purger.RunFinished -= OnRun;
        }
    }
}
