using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>
/// Every newsroom and moderation route, for every kind of visitor: anonymous people are sent to sign in,
/// signed-in people without the role get 403, the others get through. The table is checked against the
/// routes the app really maps, so a new route without a row fails here.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class RouteRoleMatrixTests(NewsCmsApplication app)
{
    private const string None = "(no role)";
    private const string Anonymous = "(anonymous)";

    private static readonly string[] Newsroom = [Roles.Reporter, Roles.Editor, Roles.Admin];
    private static readonly string[] Desk = [Roles.Editor, Roles.Admin];
    private static readonly string[] AdminOnly = [Roles.Admin];
    private static readonly string[] AnyStaff = [Roles.Reporter, Roles.Editor, Roles.Moderator, Roles.Admin];
    private static readonly string[] Moderators = [Roles.Moderator, Roles.Admin];
    private static readonly string[] CommentClosers = [Roles.Editor, Roles.Moderator, Roles.Admin]; // and staff repliers

    /// <summary>"METHOD route template" → the roles that get through.</summary>
    public static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["GET /admin"] = Newsroom,
        ["GET /admin/articles"] = Newsroom,
        ["GET /admin/articles/new"] = Newsroom,
        ["POST /admin/articles/new"] = Newsroom,
        ["GET /admin/articles/{id:int}/edit"] = Newsroom,
        ["POST /admin/articles/{id:int}/edit"] = Newsroom,
        ["GET /admin/articles/{id:int}/history"] = Newsroom,
        ["GET /admin/articles/{id:int}/compare"] = Newsroom,
        ["POST /admin/articles/{id:int}/restore"] = Newsroom,
        ["POST /admin/articles/{id:int}/lock/heartbeat"] = Newsroom,
        ["POST /admin/articles/{id:int}/lock/take-over"] = Newsroom,
        ["POST /admin/articles/{id:int}/autosave"] = Newsroom,
        ["POST /admin/articles/preview"] = Newsroom,
        ["POST /admin/articles/preview/appearance"] = Newsroom,
        ["POST /admin/articles/{id:int}/send-back"] = Newsroom,
        ["POST /admin/articles/{id:int}/withdraw"] = Newsroom,
        ["POST /admin/articles/{id:int}/unschedule"] = Newsroom,
        ["POST /admin/articles/{id:int}/restore-from-archive"] = Newsroom,
        ["POST /admin/articles/bulk"] = Newsroom,
        ["POST /admin/articles/{id:int}/notes"] = Newsroom,
        ["GET /admin/articles/{id:int}/confirm/{what}"] = Newsroom,
        ["GET /admin/notifications"] = AnyStaff,
        ["POST /admin/articles/{id:int}/corrections"] = Desk,
        ["POST /admin/articles/{id:int}/takedown"] = Desk,
        ["GET /admin/media"] = Newsroom,
        ["POST /admin/media"] = Newsroom,
        ["GET /admin/media/{id:int}/edit"] = Newsroom,
        ["POST /admin/media/{id:int}/edit"] = Newsroom,
        ["POST /admin/media/{id:int}/delete"] = Newsroom,
        ["GET /admin/profile"] = AnyStaff,
        ["POST /admin/profile"] = AnyStaff,
        ["POST /admin/profile/password"] = AnyStaff,
        ["GET /admin/profile/two-factor"] = AnyStaff,
        ["POST /admin/profile/two-factor"] = AnyStaff,
        ["POST /admin/profile/two-factor/recovery-codes"] = AnyStaff,
        ["POST /admin/profile/two-factor/disable"] = AnyStaff,
        ["POST /admin/profile/sessions/{sessionId:guid}/end"] = AnyStaff,
        ["POST /admin/profile/sessions/end-others"] = AnyStaff,
        ["GET /admin/users"] = AdminOnly,
        ["GET /admin/activity"] = AdminOnly,
        ["GET /admin/system"] = AdminOnly,
        ["GET /admin/users/new"] = AdminOnly,
        ["POST /admin/users/new"] = AdminOnly,
        ["GET /admin/users/{id}/edit"] = AdminOnly,
        ["POST /admin/users/{id}/edit"] = AdminOnly,
        ["POST /admin/users/{id}/disable"] = AdminOnly,
        ["POST /admin/users/{id}/enable"] = AdminOnly,
        ["POST /admin/users/{id}/reset-password"] = AdminOnly,
        ["POST /admin/users/{id}/reset-two-factor"] = AdminOnly,
        ["POST /admin/users/{id}/end-sessions"] = AdminOnly,
        ["GET /admin/users/invite"] = AdminOnly,
        ["POST /admin/users/invite"] = AdminOnly,
        ["POST /admin/users/{id}/invite"] = AdminOnly,
        ["GET /admin/sections"] = Desk,
        ["GET /admin/sections/new"] = Desk,
        ["POST /admin/sections/new"] = Desk,
        ["GET /admin/sections/{id:int}/edit"] = Desk,
        ["POST /admin/sections/{id:int}/edit"] = Desk,
        ["POST /admin/sections/{id:int}/delete"] = Desk,
        ["GET /admin/tags"] = Desk,
        ["GET /admin/tags/{id:int}/edit"] = Desk,
        ["POST /admin/tags/{id:int}/edit"] = Desk,
        ["POST /admin/tags/{id:int}/delete"] = Desk,
        ["GET /admin/wire"] = Newsroom,
        ["POST /admin/wire/{id:long}/use"] = Newsroom,
        ["POST /admin/wire/{id:long}/publish"] = Desk,
        ["POST /admin/wire/{id:long}/dismiss"] = Desk,
        ["GET /admin/import"] = Desk,
        ["POST /admin/import"] = Desk,
        ["GET /moderation"] = Moderators,
        ["POST /moderation/comments"] = Moderators,
        ["POST /moderation/comments/{id:int}"] = Moderators,
        ["GET /moderation/comments/{id:int}/ban"] = Moderators,
        ["POST /moderation/comments/{id:int}/ban"] = Moderators,
        ["GET /moderation/comments/{id:int}/edit"] = Moderators,
        ["POST /moderation/comments/{id:int}/edit"] = Moderators,
        ["GET /moderation/comments/{id:int}/reply"] = CommentClosers,
        ["POST /moderation/comments/{id:int}/reply"] = CommentClosers,
        ["GET /moderation/bans"] = Moderators,
        ["POST /moderation/bans/{id:int}/lift"] = Moderators,
        ["GET /moderation/articles/{id:int}"] = CommentClosers,
        ["POST /moderation/articles/{id:int}/comments/close"] = CommentClosers,
        ["POST /moderation/articles/{id:int}/comments/open"] = CommentClosers,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Matrix.Keys)
        {
            foreach (var who in Roles.All.Append(None).Append(Anonymous))
                data.Add(route, who);
        }

        return data;
    }

    [Fact]
    public void Every_newsroom_and_moderation_route_has_a_row_and_every_row_a_route()
    {
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/') is { } raw && (raw.StartsWith("admin", StringComparison.Ordinal) || raw.StartsWith("moderation", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Matrix.Keys.Order(StringComparer.Ordinal), mapped);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_answers_each_visitor_as_the_matrix_says(string route, string who)
    {
        var (method, template) = (route.Split(' ')[0], route.Split(' ')[1]);
        var url = RouteValues().Aggregate(template, (u, pair) => u.Replace(pair.Key, pair.Value, StringComparison.Ordinal));
        using var client = who switch
        {
            Anonymous => app.CreatePlainClient(),
            None => await app.SignedInClientAsync(),
            _ => await app.SignedInClientAsync(who),
        };

        using var response = await SendAsync(client, method, url);

        if (who == Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        else if (Matrix[route].Contains(who))
        {
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
            // A redirect within the back office (POST-Redirect-GET) has a relative Location.
            var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : "";
            Assert.False(location.StartsWith("/account/login", StringComparison.Ordinal), $"{who} was sent to sign in");
            Assert.True((int)response.StatusCode < 500, $"{route} answered {(int)response.StatusCode} for {who}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    /// <summary>Route parameters get values that match nothing: the check is about who gets in, not what is found.</summary>
    private static Dictionary<string, string> RouteValues() => new()
    {
        ["{id:int}"] = "999999",
        ["{id:long}"] = "999999",
        ["{id}"] = "no-such-id",
        ["{sessionId:guid}"] = Guid.NewGuid().ToString(),
    };

    /// <summary>POSTs carry a valid antiforgery token (taken from a page while signed in), so only authorisation can refuse them.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        if (method == "GET")
            return await client.GetAsync(url);
        var token = StaffSignIn.AntiforgeryToken(await client.GetStringAsync("/account/login"));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(url, content);
    }
}
