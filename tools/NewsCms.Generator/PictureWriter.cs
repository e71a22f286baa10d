using System.Globalization;
using Microsoft.Extensions.Options;
using NetVips;
using NewsCms.Core.Media;
using Npgsql;

namespace NewsCms.Generator;

/// <summary>
/// A small pool of generated pictures (colour gradients with a few discs, made by libvips in milliseconds),
/// stored as the library stores uploads, and given as lead images to four stories in five (the fifth stays
/// plain, as some stories do). The same seed makes the same pictures and the same choice.
/// </summary>
public sealed class PictureWriter(NpgsqlConnection connection, int seed)
{
    public const int PoolSize = 12;
    private const int Width = 1600;
    private const int Height = 1000;

    public async Task<int[]> WritePoolAsync(DateTimeOffset now, CancellationToken ct)
    {
        var inspector = new PictureInspector(Options.Create(new MediaOptions()));
        var random = new Random(seed);
        var ids = new int[PoolSize];
        for (var i = 0; i < PoolSize; i++)
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

    /// <summary>Four stories in five, among those just written, lead with a picture from the pool.</summary>
    public async Task<int> AssignLeadsAsync(int[] pool, int firstArticleId, int lastArticleId, CancellationToken ct)
    {
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
