using Microsoft.AspNetCore.Http;

namespace NewsCms.IntegrationTests.Security;

/// <summary>
/// Issue 12, items 2 and 3: X-Forwarded-* are believed from the configured proxy only; the sign-in POST has a
/// per-address limit (429 with Retry-After), keyed by the real client address.
/// </summary>
[Collection(ProxiedApp.Name)]
public sealed class ForwardedHeadersTests(ProxiedApplication app)
{
    private const int Over = ProxiedApplication.SignInsPerWindow + 1;

    [Fact]
    public async Task Sign_in_posts_from_one_address_are_limited_with_retry_after()
    {
        var client = ProxiedApplication.RandomAddress("192.0");
        var statuses = new List<int>();
        HttpContext last = null!;
        for (var i = 0; i < Over; i++)
        {
            last = await app.SendFromAsync(client, "POST", "/account/login");
            statuses.Add(last.Response.StatusCode);
        }

        Assert.All(statuses.Take(ProxiedApplication.SignInsPerWindow), s => Assert.NotEqual(StatusCodes.Status429TooManyRequests, s));
        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
        Assert.True(int.Parse(last.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task A_forged_forwarded_for_from_an_untrusted_address_changes_nothing()
    {
        var untrusted = ProxiedApplication.RandomAddress("203.0");
        var statuses = new List<int>();
        for (var i = 0; i < Over; i++)
        {
            var context = await app.SendFromAsync(untrusted, "POST", "/account/login", headers: ("X-Forwarded-For", ProxiedApplication.RandomAddress("198.51")));
            statuses.Add(context.Response.StatusCode);
        }

        // Every forged address fell into the sender's own bucket.
        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task The_trusted_proxy_passes_on_each_clients_address()
    {
        var statuses = new List<int>();
        for (var i = 0; i < Over; i++)
        {
            var context = await app.SendFromAsync(ProxiedApplication.Proxy, "POST", "/account/login", headers: ("X-Forwarded-For", ProxiedApplication.RandomAddress("100.64")));
            statuses.Add(context.Response.StatusCode);
        }
        var one = ProxiedApplication.RandomAddress("100.65");
        var repeated = new List<int>();
        for (var i = 0; i < Over; i++)
            repeated.Add((await app.SendFromAsync(ProxiedApplication.Proxy, "POST", "/account/login", headers: ("X-Forwarded-For", one))).Response.StatusCode);

        Assert.DoesNotContain(StatusCodes.Status429TooManyRequests, statuses);
        Assert.Equal(StatusCodes.Status429TooManyRequests, repeated[^1]);
    }

    [Fact]
    public async Task The_scheme_comes_from_the_trusted_proxy_only()
    {
        var trusted = await app.SendFromAsync(ProxiedApplication.Proxy, "GET", "/healthz", headers: ("X-Forwarded-Proto", "https"));
        var forged = await app.SendFromAsync(ProxiedApplication.RandomAddress("203.0"), "GET", "/healthz", headers: ("X-Forwarded-Proto", "https"));

        Assert.True(trusted.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.False(forged.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
