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

/// <summary>The items of one file and where its new items go.</summary>
public sealed record WireIntakeFile(IReadOnlyList<AgencyItem> Items, string Source, WireRoute Route);

/// <summary>
/// Takes in the items of files, whichever way they came (verb, upload, watched folder, feed), and saves once
/// for all of them: what a batch needs from the database is read in one go first (stories and waiting desk
/// items by agency id, tags, taken slugs). A story already made from the same agency item gets the new
/// version; an item still waiting on the desk is replaced by its later version; anything else is new.
/// The caller keeps two versions of one item out of the same batch (see WireBatchImporter) and, when the
/// save fails, takes the files again one by one, so one bad file never spoils the others.
/// </summary>
public sealed class WireIntake(NewsDbContext db, AgencyStories stories, TimeProvider clock)
{
    private Dictionary<string, WireItem> _waiting = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<WireOutcome>> TakeAsync(IReadOnlyList<AgencyItem> items, string source, WireRoute route, CancellationToken cancellationToken) =>
        (await TakeAsync([new WireIntakeFile(items, source, route)], cancellationToken))[0];

    public async Task<IReadOnlyList<IReadOnlyList<WireOutcome>>> TakeAsync(IReadOnlyList<WireIntakeFile> files, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = files.SelectMany(f => f.Items).ToList();
        await stories.PrepareAsync(all, now, cancellationToken);
        var ids = all.Select(i => i.AgencyId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        _waiting = ids.Count == 0
            ? new(StringComparer.Ordinal)
            : (await db.WireItems.Where(w => w.AgencyId != null && ids.Contains(w.AgencyId) && w.Status == WireItemStatus.Waiting).OrderBy(w => w.Id).ToListAsync(cancellationToken))
                .DistinctBy(w => w.AgencyId).ToDictionary(w => w.AgencyId!, StringComparer.Ordinal);

        var outcomes = new List<IReadOnlyList<WireOutcome>>();
        foreach (var file in files)
        {
            var lines = new List<WireOutcome>();
            foreach (var item in file.Items)
                lines.Add(await TakeAsync(item, item.Source ?? file.Source, file.Route, now, cancellationToken));
            outcomes.Add(lines);
        }

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

        var waiting = item.AgencyId is null ? null : _waiting.GetValueOrDefault(item.AgencyId);
        if (item.Status != AgencyStatus.Usable)
        {
            waiting?.Dismiss(Actor.SystemId, now, item.EditorialNote ?? $"{item.Status} by the agency");
            if (waiting is not null)
                _waiting.Remove(item.AgencyId!);
            return new(item.Headline, ImportOutcome.Unchanged, waiting is null ? $"{item.Status.ToString().ToLowerInvariant()} by the agency: nothing to take down" : "withdrawn from the desk by the agency");
        }

        if (route == WireRoute.Publish)
        {
            var created = await stories.CreateAsync(item, source, Actor.System, now, cancellationToken);
            var what = stories.PublishOrSchedule(created, Actor.System, now);
            waiting?.MarkUsed(created, Actor.SystemId, now);
            if (waiting is not null)
                _waiting.Remove(item.AgencyId!);
            return new(item.Headline, ImportOutcome.Created, what);
        }

        if (waiting is not null)
        {
            if (item.Version is { } version && waiting.AgencyVersion is { } have && version <= have)
                return new(item.Headline, ImportOutcome.Unchanged, $"unchanged: version {have} is already on the desk");
            waiting.Replace(item, now);
            return new(item.Headline, ImportOutcome.Updated, "updated on the Incoming desk");
        }

        var added = new WireItem(source, item, now);
        db.WireItems.Add(added);
        if (item.AgencyId is not null)
            _waiting[item.AgencyId] = added;
        return new(item.Headline, ImportOutcome.Created, "on the Incoming desk");
    }
}
