using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Comments;

[Collection(SharedApp.Name)]
public sealed class PostingCommentTests(NewsCmsApplication app) : AppTest(app)
{
    private int _articleId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
    }

    [Fact]
    public async Task Posted_comment_awaits_moderation_and_is_neither_shown_nor_counted()
    {
        using var reader = App.ReaderClient();

        using var response = await App.PostCommentAsync(reader, CommentPosting.Fields("Ada", "A thoughtful remark.", "Ada@Example.com"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Samples.SeedUrl}?comment=posted#comments", response.Headers.Location!.OriginalString);
        var document = await Html.ParseAsync(await reader.GetStringAsync($"{Samples.SeedUrl}?comment=posted"));
        Assert.Contains("awaits moderation", document.QuerySelector("[role=status]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Comments (0)", document.QuerySelector("#comments-heading")!.Text());
        Assert.Empty(document.QuerySelectorAll(".comment"));
        var stored = Assert.Single(await App.CommentsAsync());
        Assert.Equal((CommentStatus.Pending, "A thoughtful remark.", "ada@example.com"), (stored.Status, stored.Body, stored.AuthorEmail));
        Assert.Matches("^[0-9a-f]{64}$", stored.IpHash);
    }

    [Fact]
    public async Task Own_pending_comment_is_listed_for_its_browser_only()
    {
        using var reader = App.ReaderClient();
        using var other = App.ReaderClient();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("Ada", "Mine, waiting."))).Dispose();

        var mine = await reader.GetStringAsync($"/comments/pending?article={_articleId}");
        var theirs = await other.GetStringAsync($"/comments/pending?article={_articleId}");

        Assert.Contains("Mine, waiting.", mine, StringComparison.Ordinal);
        Assert.Equal("[]", theirs);
    }

    [Theory]
    [InlineData("", "Some text", "", "Input.Name")]
    [InlineData("   ", "Some text", "", "Input.Name")]
    [InlineData("Ada", "", "", "Input.Body")]
    [InlineData("Ada", "  \n ", "", "Input.Body")]
    [InlineData("Ada", "Some text", "not-an-email", "Input.Email")]
    public async Task Bad_input_reshows_the_form_with_the_reason_and_stores_nothing(string name, string body, string email, string field)
    {
        using var reader = App.ReaderClient();

        using var response = await App.PostCommentAsync(reader, CommentPosting.Fields(name, body, email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotEqual("", document.QuerySelector($"[data-valmsg-for='{field}']")!.Text());
        Assert.NotNull(document.QuerySelector("form#comment-form"));
        Assert.Empty(await App.CommentsAsync());
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_and_the_text_is_kept_in_the_form()
    {
        using var reader = App.ReaderClient();
        var body = new string('x', Comment.BodyMaxLength + 1);

        using var response = await App.PostCommentAsync(reader, CommentPosting.Fields("Ada", body));

        var document = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("at most 5,000", document.QuerySelector("[data-valmsg-for='Input.Body']")!.Text(), StringComparison.Ordinal);
        Assert.Equal(body, document.QuerySelector("textarea")!.TextContent.TrimStart('\n', '\r'));
        Assert.Empty(await App.CommentsAsync());
    }

    [Fact]
    public async Task Exactly_the_limit_is_accepted()
    {
        using var reader = App.ReaderClient();

        using var response = await App.PostCommentAsync(reader, CommentPosting.Fields(new string('n', 100), new string('x', Comment.BodyMaxLength)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await App.CommentsAsync());
    }

    [Fact]
    public async Task Markup_and_script_are_stored_as_sent_and_come_back_encoded()
    {
        const string Hostile = "<script>alert('x')</script> <a href=\"javascript:alert(1)\">click</a> & <b>bold</b> \"quoted\"";
        using var reader = App.ReaderClient();
        (await App.PostCommentAsync(reader, CommentPosting.Fields("<i>Mallory</i>", Hostile))).Dispose();
        var stored = Assert.Single(await App.CommentsAsync());
        await App.WithDbAsync(async db =>
        {
            db.Attach(stored).Entity.Moderate(CommentStatus.Approved, "moderator", App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var (_, html) = await App.GetAsync(Samples.SeedUrl);
        var comment = (await Html.ParseAsync(html)).QuerySelector(".comment")!;

        Assert.Equal(Hostile, stored.Body);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Empty(comment.QuerySelectorAll("script, b, i, a"));
        Assert.Equal(Hostile, comment.QuerySelector("p")!.TextContent);
        Assert.Equal("<i>Mallory</i>", comment.QuerySelector(".comment__author")!.TextContent);
    }

    [Fact]
    public async Task Links_in_approved_text_are_nofollow_ugc()
    {
        await App.AddCommentAsync(_articleId, "Ada", "See https://example.com/a?b=1&c=2. Thanks", CommentStatus.Approved);

        var document = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);

        var link = Assert.Single(document.QuerySelectorAll(".comment p a"));
        Assert.Equal("https://example.com/a?b=1&c=2", link.GetAttribute("href"));
        Assert.Equal("nofollow ugc", link.GetAttribute("rel"));
        Assert.Equal("See https://example.com/a?b=1&c=2. Thanks", document.QuerySelector(".comment p")!.TextContent);
    }

    [Fact]
    public async Task Form_sent_without_its_token_comes_back_with_the_text_and_a_fresh_token_and_then_posts()
    {
        // A reader without script under the cached article: the form there has no token to send.
        using var reader = App.ReaderClient();
        var article = await Html.ParseAsync(await reader.GetStringAsync(Samples.SeedUrl));
        Assert.Null(article.QuerySelector("form#comment-form input[name=__RequestVerificationToken]"));
        using var first = await reader.PostAsync($"{Samples.SeedUrl}/comments", new FormUrlEncodedContent(CommentPosting.Fields("Ada", "Kept for me.")));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        var form = await Html.ParseAsync(await first.Content.ReadAsStringAsync());
        Assert.Contains("form had expired", form.QuerySelector("form#comment-form [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept for me.", form.QuerySelector("textarea[name='Input.Body']")!.TextContent.Trim());
        Assert.Empty(await App.CommentsAsync());

        var fields = form.QuerySelectorAll("form#comment-form input, form#comment-form textarea")
            .Where(e => e.GetAttribute("name") is not null)
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.TextContent.Trim());
        App.Clock.Advance(TimeSpan.FromSeconds(10));
        using var second = await reader.PostAsync($"{Samples.SeedUrl}/comments", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(CommentStatus.Pending, Assert.Single(await App.CommentsAsync()).Status);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        using var reader = App.ReaderClient();
        using var content = new FormUrlEncodedContent(CommentPosting.Fields("Ada", "No token."));

        using var response = await reader.PostAsync($"{Samples.SeedUrl}/comments", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await App.CommentsAsync());
    }

    [Fact]
    public async Task Closed_comments_refuse_the_post_and_hide_the_form()
    {
        using var reader = App.ReaderClient();
        await reader.GetStringAsync(Samples.SeedUrl);
        var token = await CommentPosting.FormTokenAsync(reader);
        await App.WithDbAsync(async db =>
        {
            // Tracked, as the moderation desk saves it, so the cached article page is evicted.
            var article = await db.Articles.SingleAsync();
            article.SetCommentsOpen(false);
            await db.SaveChangesAsync();
        });
        var fields = CommentPosting.Fields("Ada", "Too late.");
        fields[token.Field] = token.Token;
        App.Clock.Advance(TimeSpan.FromSeconds(10));

        using var response = await reader.PostAsync($"{Samples.SeedUrl}/comments", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Comments are closed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await App.CommentsAsync());
        var document = await Html.ParseAsync(await reader.GetStringAsync(Samples.SeedUrl));
        Assert.Null(document.QuerySelector("form#comment-form"));
    }
}
