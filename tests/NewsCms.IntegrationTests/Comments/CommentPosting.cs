using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Comments;

namespace NewsCms.IntegrationTests.Comments;

/// <summary>
/// Posting the reader's form as a browser does: the (cached, token-less) article page, then the token and form
/// stamp its script fetches from /comments/token, a human's pause, then the POST.
/// </summary>
public static class CommentPosting
{
    public static HttpClient ReaderClient(this NewsCmsApplication app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Dictionary<string, string> Fields(string name, string body, string? email = null, int? parentId = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Body"] = body, ["Input.Email"] = email ?? "" };
        if (parentId is not null)
            fields["Input.ParentId"] = parentId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    public static async Task<HttpResponseMessage> PostCommentAsync(
        this NewsCmsApplication app, HttpClient client, Dictionary<string, string> fields, string articleUrl = Samples.SeedUrl, bool pause = true)
    {
        await client.GetStringAsync(articleUrl);
        var token = await FormTokenAsync(client);
        fields[token.Field] = token.Token;
        fields.TryAdd("Input.StartedAt", token.StartedAt);
        if (pause)
            app.Clock.Advance(TimeSpan.FromSeconds(10));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"{articleUrl}/comments", content);
    }

    public static Task<List<Comment>> CommentsAsync(this NewsCmsApplication app) =>
        app.WithDbAsync(db => Task.FromResult(db.Comments.OrderBy(c => c.Id).ToList()));

    public static async Task<int> AddCommentAsync(this NewsCmsApplication app, int articleId, string name, string body, CommentStatus status, int? parentId = null, string? email = null)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        return await app.WithDbAsync(async db =>
        {
            var comment = new Comment(articleId, name, email, body, null, app.Clock.GetUtcNow(), parentId);
            if (status != CommentStatus.Pending)
                comment.Moderate(status, "moderator", app.Clock.GetUtcNow());
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
    }

    /// <summary>What comments.js fetches for the form under a cached article.</summary>
    public static async Task<CommentTokenJson> FormTokenAsync(HttpClient client) =>
        await client.GetFromJsonAsync<CommentTokenJson>("/comments/token") ?? throw new InvalidOperationException("No token from /comments/token.");
}
