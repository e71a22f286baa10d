using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Importing;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Wire;

/// <summary>Where a new agency item goes: onto the Incoming desk, or straight out (the `import` verb, auto-publish sources).</summary>
public enum WireRoute
{
    Desk,
    Publish,
}

/// <summary>What happened to one item of a file, as a result line says it.</summary>
public sealed record WireOutcome(string Headline, ImportOutcome Outcome, string What);

/// <summary>
/// Takes in the items of one file, whichever way it came (verb, upload, watched folder), and saves once: a
/// file goes in whole or not at all. A story already made from the same agency item gets the new version;
/// an item still waiting on the desk is replaced by its later version; anything else is new.
/// </summary>
public sealed class WireIntake(NewsDbContext db, AgencyStories stories, TimeProvider clock)
{
    public async Task<IReadOnlyList<WireOutcome>> TakeAsync(IReadOnlyList<AgencyItem> items, string source, WireRoute route, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var outcomes = new List<WireOutcome>();
        foreach (var item in items)
            outcomes.Add(await TakeAsync(item, item.Source ?? source, route, now, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return outcomes;
    }

    private async Task<WireOutcome> TakeAsync(AgencyItem item, string source, WireRoute route, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await stories.FindAsync(item.AgencyId, cancellationToken) is { } article)
        {
            var applied = await stories.ApplyAsync(article, item, source, now, cancellationToken);
            return new(item.Headline, applied.StartsWith("unchanged", StringComparison.Ordinal) ? ImportOutcome.Unchanged : ImportOutcome.Updated, applied);
        }

        var waiting = item.AgencyId is null
            ? null
            : await db.WireItems.FirstOrDefaultAsync(w => w.AgencyId == item.AgencyId && w.Status == WireItemStatus.Waiting, cancellationToken);
        if (item.Status != AgencyStatus.Usable)
        {
            waiting?.Dismiss(Actor.SystemId, now, item.EditorialNote ?? $"{item.Status} by the agency");
            return new(item.Headline, ImportOutcome.Unchanged, waiting is null ? $"{item.Status.ToString().ToLowerInvariant()} by the agency: nothing to take down" : "withdrawn from the desk by the agency");
        }

        if (route == WireRoute.Publish)
        {
            var created = await stories.CreateAsync(item, source, Actor.System, now, cancellationToken);
            var what = stories.PublishOrSchedule(created, Actor.System, now);
            waiting?.MarkUsed(created, Actor.SystemId, now);
            return new(item.Headline, ImportOutcome.Created, what);
        }

        if (waiting is not null)
        {
            if (item.Version is { } version && waiting.AgencyVersion is { } have && version <= have)
                return new(item.Headline, ImportOutcome.Unchanged, $"unchanged: version {have} is already on the desk");
            waiting.Replace(item, now);
            return new(item.Headline, ImportOutcome.Updated, "updated on the Incoming desk");
        }

        db.WireItems.Add(new WireItem(source, item, now));
        return new(item.Headline, ImportOutcome.Created, "on the Incoming desk");
    }
}
