using System.Net;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Security;

/// <summary>Issue 12, item 7: the error page's status comes from the route, and a bad form is the client's error.</summary>
[Collection(SharedApp.Name)]
public sealed class ErrorStatusTests(NewsCmsApplication app)
{
    [Theory]
    [InlineData("200")]
    [InlineData("0")]
    [InlineData("500")]
    public async Task A_posted_code_does_not_change_the_error(string code)
    {
        using var client = app.CreatePlainClient();
        using var plain = await client.PostAsync("/no/such/page/at/all", new FormUrlEncodedContent(new Dictionary<string, string> { ["other"] = code }));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = code });

        using var response = await client.PostAsync("/no/such/page/at/all?code=" + code, content);

        // An unknown URL answers 404 whatever the method, never what the body says.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Contains("<title>Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/error/0")]
    [InlineData("/error/200")]
    [InlineData("/error/99999")]
    public async Task The_error_route_serves_error_codes_only(string url)
    {
        var (status, _) = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task A_form_with_too_many_fields_is_refused_as_the_clients_error()
    {
        using var client = app.CreatePlainClient();
        var fields = Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"f{i}", "x"));
        using var content = new FormUrlEncodedContent(fields);

        using var response = await client.PostAsync("/account/login", content);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_form_value_past_the_limit_is_refused_as_the_clients_error()
    {
        using var client = app.CreatePlainClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = new string('x', 5 * 1024 * 1024) });

        using var response = await client.PostAsync("/account/login", content);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
    }
}
