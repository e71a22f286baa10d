using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using NewsCms.Core.Comments;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>
/// Issue 15, item 6: behind the trusted proxy each reader's address is their own, so banning one reader's
/// address does not shut out another reader who comes through the same proxy.
/// </summary>
[Collection(ProxiedApp.Name)]
public sealed class BanBehindProxyTests(ProxiedApplication app) : AppTest<ProxiedApplication>(app)
{
    [Fact]
    public async Task Ban_on_one_client_address_does_not_refuse_another_address_behind_the_same_proxy()
    {
        await App.ImportAsync(Samples.Seed);
        var (troll, neighbour) = (ProxiedApplication.RandomAddress("198.18"), ProxiedApplication.RandomAddress("198.19"));
        using var trollClient = ThroughProxy(troll);
        (await App.PostCommentAsync(trollClient, CommentPosting.Fields("Troll", "Nasty."))).Dispose();
        var offending = Assert.Single(await App.CommentsAsync()).Id;
        using var moderator = await App.SignedInClientAsync(Roles.Moderator);
        (await moderator.PostFormAsync($"/moderation/comments/{offending}/ban", new() { ["Input.Reason"] = "Abuse" }, $"/moderation/comments/{offending}/ban")).Dispose();

        using var again = await App.PostCommentAsync(trollClient, CommentPosting.Fields("New name", "Still here."));
        using var neighbourClient = ThroughProxy(neighbour);
        using var other = await App.PostCommentAsync(neighbourClient, CommentPosting.Fields("Neighbour", "A fair point."));

        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(CommentStatus.Pending, (await App.CommentsAsync()).Single(c => c.AuthorName == "Neighbour").Status);
    }

    /// <summary>A browser at <paramref name="client"/>: every request arrives from the proxy, naming the client in X-Forwarded-For.</summary>
    private HttpClient ThroughProxy(string client)
    {
        var handler = App.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(ProxiedApplication.Proxy));
        var http = new HttpClient(new CookieContainerHandler { InnerHandler = handler }) { BaseAddress = new Uri(ProxiedApplication.SiteUrl) };
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return http;
    }
}
