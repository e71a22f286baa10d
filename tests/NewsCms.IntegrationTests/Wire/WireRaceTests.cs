using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Staff;
using NewsCms.Core.Wire;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>
/// Two ways in taking the same new agency item at the same instant (an upload beside a watched folder, two
/// nodes): the desk keeps it once (docs/wire.md, "Identity, versions, kills, embargoes").
/// </summary>
[Collection(SharedApp.Name)]
public sealed class WireRaceTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task The_database_refuses_a_second_waiting_item_for_one_agency_item_but_not_after_the_first_is_dismissed()
    {
        var run = Guid.NewGuid().ToString("N");
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.ImportFilesAsync(RatesItem(run, 0));
        var agencyId = AgencyIdOf(run, 0);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
        {
            var waiting = await db.WireItems.SingleAsync(w => w.AgencyId == agencyId);
            db.WireItems.Add(new WireItem("Another way in", waiting.Item, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("ix_wire_items_waiting_agency_id", refused.InnerException?.Message, StringComparison.Ordinal);

        var saved = await App.WithDbAsync(async db =>
        {
            var waiting = await db.WireItems.SingleAsync(w => w.AgencyId == agencyId);
            waiting.Dismiss(Actor.SystemId, DateTimeOffset.UtcNow);
            db.WireItems.Add(new WireItem("Another way in", waiting.Item, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(2, saved);
    }

    [Fact]
    public async Task The_same_new_items_uploaded_twice_at_once_wait_on_the_desk_once_each_and_no_file_is_refused()
    {
        var run = Guid.NewGuid().ToString("N");
        using var first = await App.SignedInClientAsync(Roles.Editor);
        using var second = await App.SignedInClientAsync(Roles.Editor);
        // One round of thirty files (one batch each side: the loser's batch is refused and taken file by file),
        // then rounds of one file (the loser's lone file is taken once more).
        var rounds = new List<(string, byte[])[]> { Enumerable.Range(0, 30).Select(i => RatesItem(run, i)).ToArray() };
        rounds.AddRange(Enumerable.Range(30, 10).Select(i => new[] { RatesItem(run, i) }));
        foreach (var files in rounds)
        {
            var results = await Task.WhenAll(first.ImportFilesAsync(files), second.ImportFilesAsync(files));
            Assert.DoesNotContain("refused", results[0] + results[1], StringComparison.Ordinal);
        }

        var copies = await App.WithDbAsync(db => db.WireItems
            .Where(w => w.AgencyId!.Contains(run))
            .GroupBy(w => w.AgencyId)
            .Select(g => g.Count())
            .ToListAsync());
        Assert.Equal(40, copies.Count);
        Assert.All(copies, count => Assert.Equal(1, count));
    }

    private static string AgencyIdOf(string run, int i) => $"urn:newsml:northwind.example:race:{run}:{i}";

    private static (string, byte[]) RatesItem(string run, int i) =>
        ($"race-{i}.xml", Encoding.UTF8.GetBytes(File.ReadAllText(WireFixtures.PathOf("g2-item-rates.xml"))
            .Replace("urn:newsml:northwind.example:20240501:rates-decision", AgencyIdOf(run, i), StringComparison.Ordinal)));
}
