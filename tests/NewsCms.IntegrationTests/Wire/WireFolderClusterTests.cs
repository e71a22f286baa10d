using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.IntegrationTests.Cluster;
using NewsCms.Web.Wire;
using Xunit.Abstractions;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>A second node on the first's database, watching the same folder, as a second machine on a shared disk would.</summary>
public sealed class WireFolderSecondNode(WireFolderApplication first) : SecondNode(first)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wire:Sources:Northwind:Folder", first.Folder);
    }
}

/// <summary>Two nodes sharing one database and one watched folder.</summary>
public sealed class WireFolderNodes() : TwoNodes(new WireFolderApplication(), a => new WireFolderSecondNode((WireFolderApplication)a))
{
    public string Folder => ((WireFolderApplication)A).Folder;
}

/// <summary>Issue 17: a watched folder is taken by exactly one node of a cluster.</summary>
public sealed class WireFolderClusterTests(WireFolderNodes nodes, ITestOutputHelper output) : IClassFixture<WireFolderNodes>
{
    private const int Files = 40;

    [Fact]
    public async Task Files_dropped_in_a_folder_two_nodes_watch_are_each_taken_once()
    {
        var handled = new ConcurrentQueue<(string Node, string File)>();
        var passes = new ConcurrentQueue<(string Node, bool Taken)>();
        var allHandled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var (node, app) in new[] { ("A", nodes.A), ("B", nodes.B) })
        {
            var watcher = app.Services.GetRequiredService<WireFolderWatcher>();
            watcher.Passed += (_, taken) => passes.Enqueue((node, taken));
            watcher.FileHandled += (_, report) =>
            {
                handled.Enqueue((node, report.File));
                if (handled.Count >= Files)
                    allHandled.TrySetResult();
            };
        }

        for (var i = 0; i < Files; i++)
            Drop($"item-{i:D2}.xml", i % 2 == 0 ? NewsMlG2(i) : Nitf(i));
        await allHandled.Task.WaitAsync(TimeSpan.FromSeconds(120));

        var seen = $"files handled: {Count(handled.Select(h => h.Node))}; passes taken: {Count(passes.Where(p => p.Taken).Select(p => p.Node))}, " +
            $"skipped (the other node held the folder): {Count(passes.Where(p => !p.Taken).Select(p => p.Node))}";
        output.WriteLine(seen);
        var (items, agencyIds) = await nodes.A.WithDbAsync(async db =>
            (await db.WireItems.CountAsync(), await db.WireItems.Select(w => w.AgencyId).Distinct().CountAsync()));
        Assert.True(items == Files, $"{items} wire items for {Files} files ({seen})");
        Assert.Equal(Files, agencyIds);
        Assert.True(handled.Count == Files && handled.Select(h => h.File).Distinct().Count() == Files, $"each file is handled by one node only ({seen})");
        var folder = nodes.Folder;
        Assert.Equal(Files, Directory.GetFiles(Path.Combine(folder, "done")).Length);
        Assert.False(Directory.Exists(Path.Combine(folder, "failed")), "nothing failed");
        Assert.Empty(Directory.GetFiles(folder));
        // Without these the test proves nothing: both nodes were watching, and one of them found the folder taken.
        Assert.True(passes.Any(p => p.Node == "A") && passes.Any(p => p.Node == "B"), $"both nodes watch the folder ({seen})");
        Assert.True(passes.Any(p => !p.Taken), $"a node skipped a pass while the other held the folder ({seen})");
    }

    private static string Count(IEnumerable<string> nodeNames) =>
        string.Join(", ", nodeNames.GroupBy(n => n).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));

    // Dropped whole, as agencies' transfer tools do: written under a hidden name, then renamed in.
    private void Drop(string name, string content)
    {
        var hidden = Path.Combine(nodes.Folder, "." + name);
        File.WriteAllText(hidden, content);
        File.Move(hidden, Path.Combine(nodes.Folder, name));
    }

    private static string NewsMlG2(int i) =>
        WireFixtures.NewsItem($"urn:newsml:cluster:{i}", 1, $"Harbour story number {i}", $"Paragraph of story {i}.");

    private static string Nitf(int i) =>
        File.ReadAllText(WireFixtures.PathOf("nitf-harbour.xml"))
            .Replace("NWA-2024-05-01-0042", $"NWA-CLUSTER-{i:D2}", StringComparison.Ordinal)
            .Replace("Harbour bridge reopens after storm repairs", $"Harbour bridge reopens, part {i}", StringComparison.Ordinal);
}
