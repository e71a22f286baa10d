using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Core.Wire;
using NewsCms.Generator;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Wire;

namespace NewsCms.IntegrationTests.Generating;

[Collection(SharedApp.Name)]
public sealed class GenerateVerbTests(NewsCmsApplication app) : IAsyncLifetime
{
    private const string Small = "--articles 300 --comments 1500 --seed 42";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Generating_makes_the_articles_comments_and_cast_asked_for()
    {
        var (exit, output, _) = await RunAsync(Small);

        Assert.Equal(0, exit);
        Assert.Contains("Generated 300 articles and 1,500 comments", output, StringComparison.Ordinal);
        Assert.Contains("100 %", output, StringComparison.Ordinal);
        Assert.Equal(300, await app.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(1500, await app.WithDbAsync(db => db.Comments.CountAsync()));
        Assert.Equal(8, await app.WithDbAsync(db => db.Sections.CountAsync()));
        Assert.Equal(200, await app.WithDbAsync(db => db.Tags.CountAsync()));
        var staff = await app.WithDbAsync(db => db.Users.AsNoTracking().ToListAsync());
        Assert.Equal(30, staff.Count);
        Assert.All(staff, u => Assert.Null(u.PasswordHash));
        Assert.All(staff, u => Assert.Equal(u.Email!.ToUpperInvariant(), u.NormalizedEmail));
        Assert.Equal(30, staff.Select(u => u.AuthorSlug).Distinct().Count());
    }

    [Fact]
    public async Task Four_stories_in_five_lead_with_a_described_picture_from_a_small_generated_pool()
    {
        await RunAsync(Small);

        Assert.Equal(12, await app.WithDbAsync(db => db.MediaItems.CountAsync(m => m.AltText != null && m.Width == 1600)));
        Assert.Equal(240, await app.WithDbAsync(db => db.Articles.CountAsync(a => a.LeadImageId != null)));
    }

    [Fact]
    public async Task Every_comment_state_and_several_article_states_occur_and_replies_answer_approved_comments()
    {
        await RunAsync(Small);

        var commentStates = await app.WithDbAsync(db => db.Comments.Select(c => c.Status).Distinct().ToListAsync());
        Assert.Equal(Enum.GetValues<CommentStatus>().Order(), commentStates.Order());
        var articleStates = await app.WithDbAsync(db => db.Articles.Select(a => a.Status).Distinct().ToListAsync());
        Assert.Contains(ArticleStatus.Published, articleStates);
        Assert.True(articleStates.Count >= 4, string.Join(", ", articleStates));
        var parents = await app.WithDbAsync(db => db.Comments.Where(c => c.ParentId != null)
            .Join(db.Comments, c => c.ParentId, p => p.Id, (c, p) => new { p.Status, p.ParentId, SameArticle = c.ArticleId == p.ArticleId })
            .ToListAsync());
        Assert.NotEmpty(parents);
        Assert.All(parents, p => Assert.True(p.Status == CommentStatus.Approved && p.ParentId == null && p.SameArticle));
    }

    [Fact]
    public async Task Published_articles_have_unique_days_and_slugs_on_their_newsroom_day()
    {
        await RunAsync(Small);

        var published = await app.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.PublishedAt != null).ToListAsync());
        var newsroom = app.Services.GetRequiredService<NewsroomOptions>();
        Assert.Equal(published.Count, published.Select(a => (a.PublishedOn, a.Slug)).Distinct().Count());
        Assert.All(published, a => Assert.Equal(newsroom.DayOf(a.PublishedAt!.Value), a.PublishedOn));
        Assert.All(published, a => Assert.True(Slug.IsValid(a.Slug), a.Slug));
        Assert.All(published, a => Assert.InRange(a.PublishedAt!.Value, app.Clock.GetUtcNow().AddYears(-6), app.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task The_front_page_and_a_generated_article_answer_with_its_approved_comment_count()
    {
        await RunAsync(Small);
        var article = await app.WithDbAsync(db => db.Articles
            .Where(a => a.Status == ArticleStatus.Published)
            .OrderByDescending(a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved))
            .Select(a => new { a.Id, On = a.PublishedOn!.Value, a.Slug }).FirstAsync());
        var (id, on, slug) = (article.Id, article.On, article.Slug);
        var approved = await app.WithDbAsync(db => db.Comments.CountAsync(c => c.ArticleId == id && c.Status == CommentStatus.Approved));

        var (frontStatus, _) = await app.GetAsync("/");
        var (status, html) = await app.GetAsync($"/{on:yyyy}/{on:MM}/{on:dd}/{slug}");

        Assert.Equal(HttpStatusCode.OK, frontStatus);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(approved > 0);
        var document = await Html.ParseAsync(html);
        Assert.Equal($"Comments ({approved})", document.QuerySelector("#comments-heading")!.Text());
    }

    [Fact]
    public async Task The_app_still_inserts_articles_and_comments_after_a_run()
    {
        await RunAsync(Small);
        using var editor = await app.SignedInClientAsync("Editor");

        var articleId = await editor.PublishedStoryAsync(ArticleEditing.Story("A story written after the generator ran"));
        var commentId = await app.AddCommentAsync(articleId, "Reader", "First!", CommentStatus.Approved);

        Assert.True(articleId > 300, $"article id {articleId}");
        Assert.True(commentId > 1500, $"comment id {commentId}");
    }

    [Fact]
    public async Task A_second_run_appends_and_reuses_the_sections_and_tags()
    {
        await RunAsync("--articles 40 --comments 100 --seed 7");
        var (exit, _, _) = await RunAsync("--articles 40 --comments 100 --seed 7");

        Assert.Equal(0, exit);
        Assert.Equal(80, await app.WithDbAsync(db => db.Articles.CountAsync()));
        Assert.Equal(200, await app.WithDbAsync(db => db.Comments.CountAsync()));
        Assert.Equal(8, await app.WithDbAsync(db => db.Sections.CountAsync()));
        Assert.Equal(60, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_articles()
    {
        await RunAsync("--articles 40 --comments 10 --seed 9");
        var first = await HeadlinesAsync();
        await app.ResetAsync();
        await RunAsync("--articles 40 --comments 10 --seed 9");

        Assert.Equal(first, await HeadlinesAsync());
    }

    [Fact]
    public async Task Wire_items_wait_on_the_desk_newest_first_and_each_can_be_used()
    {
        var (exit, output, _) = await RunAsync("--articles 0 --comments 0 --pictures 0 --wire-items 300 --seed 5");

        Assert.Equal(0, exit);
        Assert.Contains("300 wire items on the desk", output, StringComparison.Ordinal);
        var items = await app.WithDbAsync(db => db.WireItems.AsNoTracking().ToListAsync());
        Assert.Equal(300, items.Count);
        Assert.All(items, w => Assert.Equal(WireItemStatus.Waiting, w.Status));
        Assert.Equal(300, items.Select(w => w.AgencyId).Distinct().Count());
        Assert.All(items, w => Assert.Equal(w.Slugline, w.Item.Slugline)); // the content is a whole agency item
        Assert.True(items.Select(w => w.Source).Distinct().Count() > 1);
        Assert.Contains(items, w => w.EmbargoedUntil > app.Clock.GetUtcNow());
        Assert.Contains(items, w => w.EditorialNote is not null);

        using var reporter = await app.SignedInClientAsync(Roles.Reporter);
        var desk = await reporter.PageAsync(WireKit.DeskUrl);
        var newest = items.MaxBy(w => (w.ReceivedAt, w.Id))!;
        Assert.Equal(WireDesk.PageSize, desk.QuerySelectorAll(".wire-desk h2").Length);
        Assert.Equal(newest.Headline, desk.QuerySelector(".wire-desk h2")!.TextContent.Trim());
        using var used = await reporter.PressAsync(newest.Id, "use");
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(newest.Headline, await app.WithDbAsync(db => db.Articles.Where(a => a.AgencyId == newest.AgencyId).Select(a => a.Headline).SingleAsync()));

        // The app's own intake continues above the generated ids.
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        await editor.ImportFilesAsync(WireKit.Fixture("nitf-harbour.xml"));
        Assert.Equal(300, await app.WithDbAsync(db => db.WireItems.CountAsync(w => w.Status == WireItemStatus.Waiting)));
    }

    [Theory]
    [InlineData("--articles")]
    [InlineData("--articles lots")]
    [InlineData("--articles -5")]
    [InlineData("--pages 3")]
    public async Task Bad_arguments_exit_2_with_the_usage(string args)
    {
        var (exit, _, errors) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: generate", errors, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Articles.CountAsync()));
    }

    private Task<List<string>> HeadlinesAsync() =>
        app.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Headline + "|" + a.Slug + "|" + a.BodyHtml).ToListAsync());

    private async Task<(int Exit, string Output, string Errors)> RunAsync(string args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = await GenerateCommand.RunAsync(app.Services, args.Split(' '));
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
