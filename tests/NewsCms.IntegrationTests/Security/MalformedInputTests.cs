using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, item 8: out-of-range or malformed input gets a message or a 400, never a 500, and nothing is stored.</summary>
[Collection(SharedApp.Name)]
public sealed class MalformedInputTests(NewsCmsApplication app) : IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await app.ImportAsync(Samples.Seed);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> ArticleCountAsync() => app.WithDbAsync(db => db.Articles.CountAsync());

    [Theory]
    [InlineData("PublishAt", "Schedule")]
    [InlineData("UnpublishAt", "Publish")]
    public async Task A_time_in_year_9999_gets_a_message_beside_the_field(string field, string command)
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var before = await ArticleCountAsync();
        var fields = ArticleEditing.Story();
        fields[field] = "9999-12-31T23:59";

        using var response = await editor.PressAsync(ArticleEditing.NewUrl, command, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("between the years 1000 and 9998", (await response.DocumentAsync()).ReasonBeside(field), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task A_malformed_version_is_a_400_and_nothing_is_saved()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(ArticleEditing.Story("The first headline"));
        var fields = ArticleEditing.Story("A changed headline");
        fields["Version"] = "not-a-number";

        using var response = await editor.PressAsync(ArticleEditing.EditUrl(id), "SaveDraft", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The first headline", (await app.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task A_body_past_the_limit_gets_a_message()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var before = await ArticleCountAsync();

        using var response = await editor.PressAsync(ArticleEditing.NewUrl, "SaveDraft", ArticleEditing.Story(body: new string('a', 200_001)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the limit is 200,000", (await response.DocumentAsync()).ReasonBeside("Body"), StringComparison.Ordinal);
        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task A_malformed_parent_id_is_a_400_and_no_comment_is_stored()
    {
        using var reader = app.ReaderClient();
        var fields = CommentPosting.Fields("Ada", "A reply to nothing.");
        fields["Input.ParentId"] = "1e99";

        using var response = await app.PostCommentAsync(reader, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.CommentsAsync());
    }
}
