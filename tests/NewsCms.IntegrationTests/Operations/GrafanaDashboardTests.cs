using System.Text.Json;
using System.Text.RegularExpressions;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Operations;

/// <summary>
/// docs/grafana/newscms-dashboard.json queries only metrics that /metrics really serves: scraped from the app as
/// its own process (one host, so ASP.NET Core's metrics are all there) after it has served a page, taken a
/// comment and published a scheduled story.
/// </summary>
public sealed partial class GrafanaDashboardTests : IAsyncLifetime
{
    private readonly ProcessNode _node = new()
    {
        // Due for the app (its clock is the real one, days after the test host's), not for the test host.
        BeforeStart = async data =>
        {
            await data.ImportAsync(Samples.Seed);
            await data.AddScheduledAsync("Harbour reopens", data.Clock.GetUtcNow().AddHours(1));
        },
        Settings = { ["Comments__MinimumFillSeconds"] = "0" },
    };

    public Task InitializeAsync() => _node.InitializeAsync();

    public Task DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Every_metric_the_dashboard_queries_is_served_at_metrics()
    {
        var queried = MetricNames(await File.ReadAllTextAsync(DashboardPath()));
        using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = _node.Address };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync(Samples.SeedUrl)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync(Samples.SeedUrl)).StatusCode);
        var token = await CommentPosting.FormTokenAsync(reader);
        var fields = CommentPosting.Fields("Ada", "A remark for the dashboard.");
        fields[token.Field] = token.Token;
        fields["Input.StartedAt"] = token.StartedAt;
        using var form = new FormUrlEncodedContent(fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await reader.PostAsync($"{Samples.SeedUrl}/comments", form)).StatusCode);
        await _node.LoggedAsync("Scheduled run published"); // the publish lag is recorded before this line

        var served = (await reader.GetStringAsync("/metrics")).Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => SampleName().Match(line).Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(queried.Count >= 10, $"only {queried.Count} metrics found in the dashboard's queries");
        var missing = queried.Where(name => !served.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"not served at /metrics: {string.Join(", ", missing)}\nserved: {string.Join(", ", served.Order(StringComparer.Ordinal))}");
    }

    /// <summary>Every metric a panel's expr selects: the dashboard writes each with a label selector, name{…}.</summary>
    private static HashSet<string> MetricNames(string dashboard)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(dashboard);
        foreach (var expr in Exprs(json.RootElement))
        {
            foreach (Match m in SelectedMetric().Matches(expr))
                names.Add(m.Groups[1].Value);
        }
        return names;
    }

    private static IEnumerable<string> Exprs(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "expr" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Exprs(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Exprs),
        _ => [],
    };

    private static string DashboardPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "docs", "grafana", "newscms-dashboard.json");
            if (File.Exists(path))
                return path;
        }
        throw new FileNotFoundException("docs/grafana/newscms-dashboard.json not found above the test folder");
    }

    [GeneratedRegex(@"([a-zA-Z_:][a-zA-Z0-9_:]*)\{")]
    private static partial Regex SelectedMetric();

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex SampleName();
}
