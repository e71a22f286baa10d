using System.Net;
using System.Net.Http.Json;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Comments;

namespace NewsCms.IntegrationTests.Cluster;

/// <summary>Readers reach two nodes only through nginx; one node goes away while they comment.</summary>
public sealed class ProxiedNodeTests(ProxiedNodes cluster) : IClassFixture<ProxiedNodes>
{
    [Fact]
    public async Task A_node_stopping_under_comment_traffic_loses_no_acknowledged_comment_and_nginx_routes_around_it()
    {
        await cluster.A.ImportAsync(Samples.Seed);
        using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = cluster.Proxy };
        var acknowledged = new List<string>();

        for (var i = 0; i < 4; i++)
            await PostAsync(reader, $"Before the stop, remark {i}.", acknowledged);
        var stopping = cluster.B.DisposeAsync().AsTask(); // B drains what it has in flight while readers keep posting
        for (var i = 0; i < 4; i++)
            await PostAsync(reader, $"During the stop, remark {i}.", acknowledged);
        await stopping;

        // With B gone every request lands on A: none fails.
        for (var i = 0; i < 4; i++)
        {
            var body = $"After the stop, remark {i}.";
            await PostAsync(reader, body, acknowledged);
            Assert.Contains(body, acknowledged);
        }
        var stored = (await cluster.A.CommentsAsync()).Select(c => c.Body).ToList();
        Assert.All(acknowledged, body => Assert.Contains(body, stored));
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }

    /// <summary>The reader's form through the proxy: token from whichever node answers, POST to whichever answers next.</summary>
    private async Task PostAsync(HttpClient reader, string body, List<string> acknowledged)
    {
        using var page = await reader.GetAsync(Samples.SeedUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = await reader.GetFromJsonAsync<CommentTokenJson>("/comments/token");
        cluster.A.Clock.Advance(TimeSpan.FromSeconds(10)); // a human's pause, on both nodes' clocks
        cluster.B.Clock.Advance(TimeSpan.FromSeconds(10));
        var fields = CommentPosting.Fields("Ada", body);
        fields[token!.Field] = token.Token;
        fields["Input.StartedAt"] = token.StartedAt;
        using var form = new FormUrlEncodedContent(fields);
        using var response = await reader.PostAsync($"{Samples.SeedUrl}/comments", form);
        if (response.StatusCode == HttpStatusCode.Redirect)
            acknowledged.Add(body);
    }
}
