using Npgsql;
using NpgsqlTypes;

namespace NewsCms.Generator;

public static class CopyExtensions
{
    /// <summary>Writes a value or SQL NULL: Npgsql's binary importer wants NULL said explicitly.</summary>
    public static Task WriteOrNullAsync(this NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? writer.WriteAsync(v, type, ct) : writer.WriteNullAsync(ct);

    /// <summary>One COPY of <paramref name="count"/> rows, each written by <paramref name="writeRow"/> (given the row's index), as one phase of the progress.</summary>
    public static async Task CopyRowsAsync(this NpgsqlConnection connection, string copy, string phase, int count, IGenerationProgress progress,
        Func<NpgsqlBinaryImporter, int, Task> writeRow, CancellationToken ct)
    {
        progress.Begin(phase, count);
        await using (var writer = await connection.BeginBinaryImportAsync(copy, ct))
        {
            for (var i = 0; i < count; i++)
            {
                await writeRow(writer, i);
                if (i % 1000 == 999)
                    progress.Report(i + 1);
            }

            await writer.CompleteAsync(ct);
        }

        progress.Report(count);
        progress.End();
    }

    public static async Task<HashSet<string>> ReadSetAsync(this NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            set.Add(reader.GetString(0));
        return set;
    }
}
