using Bogus;
using NewsCms.Core.Articles;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Wire;
using Npgsql;
using NpgsqlTypes;

namespace NewsCms.Generator;

/// <summary>
/// Agency items waiting on the Incoming desk, received one every 15 seconds or so back from now: several
/// agencies and formats, sluglines, bylines, datelines, some embargoed, some with an editor's note. Each is an
/// <see cref="AgencyItem"/> put through the desk's own <see cref="WireItem"/>, so the stored content, preview
/// and truncations are exactly what an import stores and what `Use` reads back; only the writing is COPY.
/// </summary>
public sealed class WireItemWriter(NpgsqlConnection connection, Faker faker, NewsText text, DateTimeOffset now)
{
    private const string Copy = """
        COPY wire_items (id, source, agency_id, agency_version, format, received_at, headline, slugline,
            embargoed_until, preview, editorial_note, content, status) FROM STDIN (FORMAT BINARY)
        """;

    private static readonly string[] Agencies = ["Northwind Agency", "AP", "Reuters", "AFP"];
    private static readonly WireFormat[] Formats = [WireFormat.NewsMlG2, WireFormat.Nitf, WireFormat.Iptc7901];

    private static readonly string[] Notes =
    [
        "Corrects spelling of name in third paragraph.", "Adds quote from the minister.", "Moved ahead of the briefing.",
        "Eds: contains language some readers may find offensive.", "Updates with casualty figures.",
    ];

    public async Task<int> RunAsync(int count, IGenerationProgress progress, CancellationToken ct)
    {
        if (count == 0)
            return 0;
        var ids = await IdBlock.ReserveAsync(connection, "wire_items", count, ct);
        var receivedAt = now;
        await connection.CopyRowsAsync(Copy, "wire", count, progress, (writer, i) =>
        {
            receivedAt = receivedAt.AddSeconds(-faker.Random.Double(1, 30));
            return WriteAsync(writer, ids.IdAt(i), new WireItem(faker.PickRandom(Agencies), Item(ids.IdAt(i)), receivedAt), ct);
        }, ct);
        return count;
    }

    private AgencyItem Item(int id)
    {
        var headline = text.Headline(faker);
        var blocks = Enumerable.Range(0, faker.Random.Int(3, 9))
            .Select(i => new WireBlock(i > 0 && faker.Random.Bool(0.1f) ? WireBlockKind.Quote : WireBlockKind.Paragraph, text.Paragraph(faker)))
            .ToList();
        return new AgencyItem(faker.PickRandom(Formats), headline, blocks)
        {
            AgencyId = $"urn:newsml:generated:{id}",
            Version = faker.Random.Bool(0.9f) ? 1 : faker.Random.Int(2, 4),
            Slugline = string.Join('-', headline.Split(' ').Where(w => w.Length > 3).Take(2)).ToUpperInvariant(),
            Byline = faker.Random.Bool(0.7f) ? $"By {faker.PickRandom(text.Pools.FullNames)}" : null,
            Dateline = new Dateline(text.City(faker).ToUpperInvariant(), faker.Random.Bool(0.3f) ? faker.PickRandom(Vocabulary.WireSources) : null),
            Abstract = faker.Random.Bool(0.4f) ? text.Sentence(faker) : null,
            Tags = faker.Random.ListItems(Vocabulary.Topics, faker.Random.Int(0, 3)).ToList(),
            EmbargoedUntil = faker.Random.Bool(0.08f) ? now.AddMinutes(faker.Random.Int(30, 24 * 60)) : null,
            EditorialNote = faker.Random.Bool(0.15f) ? faker.PickRandom(Notes) : null,
            SentAt = now,
        };
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, int id, WireItem item, CancellationToken ct)
    {
        await writer.StartRowAsync(ct);
        await writer.WriteAsync((long)id, NpgsqlDbType.Bigint, ct);
        await writer.WriteAsync(item.Source, NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(item.AgencyId, NpgsqlDbType.Varchar, ct);
        await writer.WriteNullableAsync(item.AgencyVersion, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(item.Format.ToString(), NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(item.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(item.Headline, NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(item.Slugline, NpgsqlDbType.Varchar, ct);
        await writer.WriteNullableAsync(item.EmbargoedUntil?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(item.Preview, NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(item.EditorialNote, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(item.Content, NpgsqlDbType.Jsonb, ct);
        await writer.WriteAsync(item.Status.ToString(), NpgsqlDbType.Varchar, ct);
    }
}
