using System.Globalization;
using Microsoft.Extensions.Options;
using NetVips;
using NewsCms.Core.Media;
using Npgsql;

namespace NewsCms.Generator;

/// <summary>
/// A small pool of generated pictures (colour gradients with a few discs, made by libvips in milliseconds),
/// stored as the library stores uploads, optionally many more library items sharing the pool's files, and
/// given as lead images to four stories in five (the fifth stays plain, as some stories do). The same seed
/// makes the same pictures and the same choice.
/// </summary>
public sealed class PictureWriter(NpgsqlConnection connection, int seed)
{
    public const int PoolSize = 12;
    private const int Width = 1600;
    private const int Height = 1000;

    /// <summary>
    /// The library: up to <see cref="PoolSize"/> generated files, each its own item; past that, items that share
    /// those files under names and descriptions of their own (a large library without minutes of encoding).
    /// Answers every item's id.
    /// </summary>
    public async Task<int[]> WriteLibraryAsync(int count, DateTimeOffset now, CancellationToken ct)
    {
        var pool = await WritePoolAsync(Math.Min(count, PoolSize), now, ct);
        if (count <= pool.Length)
            return pool;
        return [.. pool, .. await WriteSharedAsync(pool, count - pool.Length, now, ct)];
    }

    private async Task<int[]> WritePoolAsync(int count, DateTimeOffset now, CancellationToken ct)
    {
        var inspector = new PictureInspector(Options.Create(new MediaOptions()));
        var random = new Random(seed);
        var ids = new int[count];
        for (var i = 0; i < count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"generated-{seed}-{i + 1}.jpg");
            var bytes = Make(random);
            var facts = inspector.Check(name, bytes).Facts ?? throw new InvalidOperationException($"the generated picture {name} was refused");
            await using (var original = new NpgsqlCommand("INSERT INTO media_originals (content_hash, bytes) VALUES ($1, $2) ON CONFLICT (content_hash) DO NOTHING", connection))
            {
                original.Parameters.Add(new() { Value = facts.ContentHash });
                original.Parameters.Add(new() { Value = bytes });
                await original.ExecuteNonQueryAsync(ct);
            }

            await using var item = new NpgsqlCommand("""
                INSERT INTO media_items (storage_key, content_hash, content_type, format, width, height, byte_length,
                    alt_text, caption, credit, focal_x, focal_y, file_name, uploaded_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'NewsCms generator', 0.5, 0.5, $10, $11, $11) RETURNING id
                """, connection);
            foreach (var value in new object[] { MediaOriginal.KeyFor(facts.ContentHash), facts.ContentHash, facts.Format.ContentType, facts.Format.Name,
                facts.Width, facts.Height, facts.ByteLength, $"Abstract colour study number {i + 1}", $"Generated picture {i + 1}.", name, now })
                item.Parameters.Add(new() { Value = value });
            ids[i] = (int)(await item.ExecuteScalarAsync(ct))!;
        }

        return ids;
    }

    /// <summary>
    /// Items on the pool's files, one INSERT for all: news-photo alt text, a caption, an agency or staff credit,
    /// a file name of their own, uploaded one every 13 minutes back from now (the library's newest first).
    /// </summary>
    private async Task<int[]> WriteSharedAsync(int[] pool, int count, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(seed + 3);
        var (sources, alts, captions, credits, names, times) = (new int[count], new string[count], new string[count], new string[count], new string[count], new DateTimeOffset[count]);
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] words) => words[random.Next(words.Length)];
            var (who, what, where, when) = (Pick(PhotoWords.People), Pick(PhotoWords.Actions), Pick(PhotoWords.Places), Pick(PhotoWords.Times));
            sources[i] = pool[random.Next(pool.Length)];
            alts[i] = $"{who} {what} {where} {when}";
            captions[i] = $"{who} {what} {where} {when}, as {Pick(PhotoWords.Contexts)}.";
            credits[i] = Pick(PhotoWords.Credits);
            names[i] = string.Create(CultureInfo.InvariantCulture, $"{Slug(who)}-{Slug(where)}-{i + 1:D5}.jpg");
            times[i] = now.AddMinutes(-13.0 * (count - i));
        }

        await using var insert = new NpgsqlCommand("""
            INSERT INTO media_items (storage_key, content_hash, content_type, format, width, height, byte_length,
                alt_text, caption, credit, focal_x, focal_y, file_name, uploaded_at, updated_at)
            SELECT p.storage_key, p.content_hash, p.content_type, p.format, p.width, p.height, p.byte_length,
                n.alt, n.caption, n.credit, 0.5, 0.5, n.file_name, n.at, n.at
            FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) WITH ORDINALITY
                AS n(source, alt, caption, credit, file_name, at, position)
            JOIN media_items p ON p.id = n.source
            ORDER BY n.position
            RETURNING id
            """, connection);
        foreach (var value in new object[] { sources, alts, captions, credits, names, times })
            insert.Parameters.Add(new() { Value = value });
        var ids = new List<int>(count);
        await using (var reader = await insert.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                ids.Add(reader.GetInt32(0));
        ids.Sort();
        return [.. ids];
    }

    private static string Slug(string words) =>
        string.Join('-', words.ToLowerInvariant().Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "a")));

    /// <summary>Four stories in five, among those just written, lead with a picture from the pool.</summary>
    public async Task<int> AssignLeadsAsync(int[] pool, int firstArticleId, int lastArticleId, CancellationToken ct)
    {
        if (pool.Length == 0)
            return 0;
        await using var update = new NpgsqlCommand("""
            UPDATE articles SET lead_image_id = ($1::int[])[1 + id % cardinality($1::int[])]
            WHERE id BETWEEN $2 AND $3 AND id % 5 <> 0
            """, connection);
        update.Parameters.Add(new() { Value = pool });
        update.Parameters.Add(new() { Value = firstArticleId });
        update.Parameters.Add(new() { Value = lastArticleId });
        return await update.ExecuteNonQueryAsync(ct);
    }

    private static byte[] Make(Random random)
    {
        using var xy = Image.Xyz(Width, Height);
        double Next(double range) => random.NextDouble() * range;
        using var r = (xy[0] * (Next(200) / Width) + Next(55)).Cast(Enums.BandFormat.Uchar);
        using var g = (xy[1] * (Next(200) / Height) + Next(55)).Cast(Enums.BandFormat.Uchar);
        using var b = ((xy[0] + xy[1]) * (Next(120) / (Width + Height)) + Next(135)).Cast(Enums.BandFormat.Uchar);
        using var background = r.Bandjoin(g, b).Copy(interpretation: Enums.Interpretation.Srgb);
        using var picture = background.Mutate(canvas =>
        {
            for (var disc = 0; disc < 4; disc++)
                canvas.DrawCircle([Next(255), Next(255), Next(255)], (int)Next(Width), (int)Next(Height), 60 + (int)Next(220), fill: true);
        });
        return picture.JpegsaveBuffer(q: 80);
    }
}
