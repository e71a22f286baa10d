using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Comments;

namespace NewsCms.IntegrationTests.Operations;

/// <summary>
/// SIGTERM under load, on the app as its own process: readiness turns 503 while the node still serves, every
/// response the readers got is a whole 200 page or an acknowledged comment, and every acknowledged comment is
/// stored. A request the stopped node no longer takes fails to connect, which a proxy sends elsewhere.
/// </summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private const int Readers = 4;

    private readonly ProcessNode _node = new()
    {
        BeforeStart = data => data.ImportAsync(Samples.Seed),
        Settings =
        {
            // Long enough for a readiness probe to see 503 while pages are still served (docs/operations.md).
            ["Shutdown__Delay"] = "00:00:02",
            // The readers send at once; the bot timer is not under test here.
            ["Comments__MinimumFillSeconds"] = "0",
        },
    };

    private long _sequence;

    public Task InitializeAsync() => _node.InitializeAsync();

    public Task DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task A_sigterm_under_load_answers_every_request_it_took_in_full_and_loses_no_acknowledged_comment()
    {
        var faults = new ConcurrentQueue<string>();
        var acknowledged = new ConcurrentQueue<string>();
        var pagesServed = new ConcurrentQueue<long>();
        var readiness = new ConcurrentQueue<(long Sequence, HttpStatusCode Status)>();
        var underLoad = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(() => ReadAndCommentAsync(r, faults, acknowledged, pagesServed, underLoad))).ToList();
        var probe = Task.Run(() => ProbeReadinessAsync(readiness, pagesServed));
        await underLoad.Task;
        await _node.TerminateAsync();
        await Task.WhenAll(readers);
        await probe;
        var exitCode = await _node.ExitAsync();

        Assert.True(faults.IsEmpty, string.Join("\n", faults));
        Assert.Equal(0, exitCode);
        var notReady = readiness.Where(r => r.Status == HttpStatusCode.ServiceUnavailable).Select(r => r.Sequence).DefaultIfEmpty(long.MaxValue).Min();
        Assert.True(notReady < long.MaxValue, $"/healthz/ready never answered 503: {string.Join(", ", readiness.Select(r => (int)r.Status))}\n{_node.Log}");
        Assert.DoesNotContain(readiness, r => r.Sequence > notReady && r.Status == HttpStatusCode.OK);
        Assert.Contains(pagesServed, s => s > notReady); // still serving after it said it was going
        var stored = (await _node.Data.CommentsAsync()).Select(c => c.Body).ToList();
        Assert.NotEmpty(acknowledged);
        Assert.All(acknowledged, body => Assert.Contains(body, stored));
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }

    /// <summary>A reader's loop: the article, the comment form's token, a comment; until the node refuses the connection.</summary>
    private async Task ReadAndCommentAsync(int reader, ConcurrentQueue<string> faults, ConcurrentQueue<string> acknowledged, ConcurrentQueue<long> pagesServed, TaskCompletionSource underLoad)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _node.Address };
        for (var i = 0; ; i++)
        {
            HttpResponseMessage page;
            try
            {
                page = await client.GetAsync(Samples.SeedUrl, HttpCompletionOption.ResponseHeadersRead);
            }
            catch (HttpRequestException)
            {
                return; // no response: the node no longer takes connections
            }
            using (page)
            {
                if (!await IsWholePageAsync(page, faults, Samples.SeedUrl))
                {
                    underLoad.TrySetResult(); // a fault ends the run; the assertions report it
                    return;
                }
                pagesServed.Enqueue(Interlocked.Increment(ref _sequence));
            }

            var body = $"Reader {reader}, remark {i}.";
            try
            {
                var token = await client.GetFromJsonAsync<CommentTokenJson>("/comments/token");
                var fields = CommentPosting.Fields($"Reader {reader}", body);
                fields[token!.Field] = token.Token;
                fields["Input.StartedAt"] = token.StartedAt;
                using var form = new FormUrlEncodedContent(fields);
                using var sent = await client.PostAsync($"{Samples.SeedUrl}/comments", form);
                if (sent.StatusCode == HttpStatusCode.Redirect)
                    acknowledged.Enqueue(body);
                else
                {
                    faults.Enqueue($"comment answered {(int)sent.StatusCode}");
                    underLoad.TrySetResult();
                    return;
                }
            }
            catch (HttpRequestException)
            {
                return; // not acknowledged: the reader sends it again elsewhere
            }
            if (acknowledged.Count >= 2 * Readers)
                underLoad.TrySetResult();
        }
    }

    private static async Task<bool> IsWholePageAsync(HttpResponseMessage page, ConcurrentQueue<string> faults, string url)
    {
        if (page.StatusCode != HttpStatusCode.OK)
        {
            faults.Enqueue($"GET {url} answered {(int)page.StatusCode}");
            return false;
        }
        try
        {
            var html = await page.Content.ReadAsStringAsync();
            if (html.TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
                return true;
            faults.Enqueue($"GET {url}: a cut page of {html.Length} characters");
        }
        catch (HttpRequestException e)
        {
            faults.Enqueue($"GET {url}: the body broke off ({e.Message})");
        }
        return false;
    }

    /// <summary>
    /// Polls readiness until the node is gone. On the first 503 it also asks for the page itself: on a loaded
    /// machine the readers' own loops may be mid-request for the whole delay, so the probe checks the node still serves.
    /// </summary>
    private async Task ProbeReadinessAsync(ConcurrentQueue<(long, HttpStatusCode)> readiness, ConcurrentQueue<long> pagesServed)
    {
        using var client = new HttpClient { BaseAddress = _node.Address };
        var pageChecked = false;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/healthz/ready");
                readiness.Enqueue((Interlocked.Increment(ref _sequence), response.StatusCode));
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && !pageChecked)
                {
                    pageChecked = true;
                    using var page = await client.GetAsync(Samples.SeedUrl);
                    if (page.StatusCode == HttpStatusCode.OK && (await page.Content.ReadAsStringAsync()).TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
                        pagesServed.Enqueue(Interlocked.Increment(ref _sequence));
                }
            }
            catch (HttpRequestException)
            {
                return;
            }
        }
    }
}
