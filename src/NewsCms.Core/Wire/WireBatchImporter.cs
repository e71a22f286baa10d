using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Data.Configurations;
using NewsCms.Core.Importing.Agency;

namespace NewsCms.Core.Wire;

/// <summary>
/// Takes in many files quickly with every rule kept. Files are read (parsed) in parallel, a chunk ahead of the
/// database, then taken in batches of <see cref="BatchSize"/>, each batch in a scope of its own with one
/// lookup per kind and one save (see <see cref="WireIntake"/>). A batch never holds two files naming the same
/// agency item, so versions apply one after another exactly as they would file by file (a revision each).
/// A file refused by its reader never reaches a batch; when a batch's save fails (a file the database or the
/// workflow refuses), its files are taken again one by one, so the bad one is refused with nothing of it
/// stored and the good ones go in. Results come back in file order, each batch as soon as it is saved.
/// </summary>
public sealed class WireBatchImporter(IServiceScopeFactory scopes, IOptions<WireOptions> options)
{
    public const int BatchSize = 200;

    /// <summary>
    /// <paramref name="pictures"/> gives file i's way to find the pictures it names, or is null when nothing
    /// came with the files.
    /// </summary>
    public async Task<WireFileResult[]> ImportAsync(
        IReadOnlyList<string> texts, string source, WireRoute? route, Func<int, PictureFinder>? pictures, Func<int, WireFileResult, Task>? handled, CancellationToken cancellationToken)
    {
        var reads = new WireRead[texts.Count];
        var results = new WireFileResult[texts.Count];
        Task ReadAsync(int from, int to) => Task.Run(() => Parallel.For(from, to, i => reads[i] = WireReader.Read(texts[i])), cancellationToken);

        var chunk = BatchSize;
        var reading = ReadAsync(0, Math.Min(chunk, texts.Count));
        for (var start = 0; start < texts.Count; start += chunk)
        {
            var end = Math.Min(start + chunk, texts.Count);
            await reading;
            if (end < texts.Count)
                reading = ReadAsync(end, Math.Min(end + chunk, texts.Count));
            foreach (var batch in Batches(start, end, reads, source, route))
            {
                await TakeAsync(batch, texts, reads, pictures, results, source, route, again: false, cancellationToken);
                if (handled is not null)
                {
                    foreach (var i in batch)
                        await handled(i, results[i]);
                }
            }
        }

        return results;
    }

    private IEnumerable<List<int>> Batches(int start, int end, WireRead[] reads, string source, WireRoute? route)
    {
        var batch = new List<int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            var alone = WireFileImporter.SavesAlone(reads[i], source, route, options.Value);
            var itemIds = reads[i].Items.Select(item => item.AgencyId).OfType<string>().ToList();
            if (batch.Count > 0 && (alone || batch.Count >= BatchSize || itemIds.Any(ids.Contains)))
            {
                yield return batch;
                batch = [];
                ids.Clear();
            }

            batch.Add(i);
            ids.UnionWith(itemIds);
            if (alone)
            {
                yield return batch;
                batch = [];
                ids.Clear();
            }
        }

        if (batch.Count > 0)
            yield return batch;
    }

    private async Task TakeAsync(
        List<int> batch, IReadOnlyList<string> texts, WireRead[] reads, Func<int, PictureFinder>? pictures, WireFileResult[] results, string source, WireRoute? route, bool again, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var taken = await scope.ServiceProvider.GetRequiredService<WireFileImporter>()
                .ImportAsync(batch.ConvertAll(i => new WireFileRead(texts[i], reads[i], pictures?.Invoke(i))), source, route, cancellationToken);
            for (var k = 0; k < batch.Count; k++)
                results[batch[k]] = taken[k];
        }
        catch (Exception e) when (e is DbUpdateException or WorkflowException)
        {
            if (e is DbUpdateException)
                await ForgetConnectionsAsync();
            if (batch.Count > 1)
            {
                // Nothing of the batch was saved: take its files one by one to find the one at fault.
                foreach (var i in batch)
                    await TakeAsync([i], texts, reads, pictures, results, source, route, again: false, cancellationToken);
                return;
            }

            if (!again && TakenMeanwhile(e))
            {
                await TakeAsync(batch, texts, reads, pictures, results, source, route, again: true, cancellationToken);
                return;
            }

            results[batch[0]] = WireFileResult.RefusedFor(reads[batch[0]].Format, e is DbUpdateException
                ? $"the database did not accept it ({e.InnerException?.Message ?? e.Message})"
                : e.Message);
        }
    }

    /// <summary>
    /// Another way in (an upload beside a folder, another node) saved the same new agency item between this
    /// file's read of the database and its save; the unique indexes refused the second copy. Taken once more,
    /// the file finds the first and applies to it as any later arrival does.
    /// </summary>
    private static bool TakenMeanwhile(Exception e) =>
        e.InnerException is Npgsql.PostgresException
        {
            SqlState: Npgsql.PostgresErrorCodes.UniqueViolation,
            ConstraintName: WireItemConfiguration.WaitingAgencyIdIndex or ArticleConfiguration.AgencyIdIndex,
        };

    /// <summary>
    /// Seen in the tests (Npgsql 10, about one run in ten): after the server refused a batch part-way, the
    /// next command on that pooled connection read a row left over from the failed one ("Received unexpected
    /// backend message DataRow"), so the retry refused a good file. The pool is cleared, so the retry opens
    /// fresh connections; it costs a reconnect, on a path taken only when a file is bad.
    /// </summary>
    private async Task ForgetConnectionsAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<NewsCms.Core.Data.NewsDbContext>().Database.GetDbConnection() is Npgsql.NpgsqlConnection connection)
            Npgsql.NpgsqlConnection.ClearPool(connection);
    }
}
