using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Bogus;

namespace NewsCms.Generator;

/// <summary>
/// Articles made and rendered in parallel batches, handed out in order. Each batch has its own seeded
/// Randomizer, so the same seed makes the same articles however the threads are scheduled.
/// </summary>
public sealed class ArticleBatches(Func<ArticleFactory> newFactory, int seed)
{
    public const int BatchSize = 200;

    public async IAsyncEnumerable<ArticleRow[]> ProduceAsync(int total, [EnumeratorCancellation] CancellationToken ct)
    {
        // Bounded: rendering runs a few batches ahead of the COPY, never the whole archive in memory.
        var pending = Channel.CreateBounded<Task<ArticleRow[]>>(Environment.ProcessorCount * 2);
        var producer = Task.Run(() => StartAllAsync(pending.Writer, total, ct), ct);
        await foreach (var batch in pending.Reader.ReadAllAsync(ct))
            yield return await batch;
        await producer;
    }

    private async Task StartAllAsync(ChannelWriter<Task<ArticleRow[]>> writer, int total, CancellationToken ct)
    {
        try
        {
            for (var start = 0; start < total; start += BatchSize)
            {
                var (from, to) = (start, Math.Min(start + BatchSize, total));
                await writer.WriteAsync(Task.Run(() => Make(from, to, total), ct), ct);
            }
        }
        finally
        {
            writer.Complete();
        }
    }

    private ArticleRow[] Make(int from, int to, int total)
    {
        var faker = new Faker("en") { Random = new Randomizer(unchecked((seed * 7919) + (from / BatchSize))) };
        var factory = newFactory();
        var rows = new ArticleRow[to - from];
        for (var i = from; i < to; i++)
            rows[i - from] = factory.Make(faker, i, total);
        return rows;
    }
}
