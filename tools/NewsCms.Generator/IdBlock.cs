using Npgsql;

namespace NewsCms.Generator;

/// <summary>
/// A block of identity values taken for explicit ids. The sequence is moved past the block before any row is
/// written, so the app's own inserts (during or after a run) never collide with generated rows.
/// </summary>
public readonly record struct IdBlock(long LastUsed, int Count)
{
    public int First => checked((int)LastUsed + 1);

    public int IdAt(int index) => First + index;

    public static async Task<IdBlock> ReserveAsync(NpgsqlConnection connection, string table, int count, CancellationToken ct)
    {
        // greatest(max(id), nextval): whichever is further along, the table or its sequence, starts the block.
        await using var command = new NpgsqlCommand($"""
            SELECT setval(s.seq, greatest((SELECT coalesce(max(id), 0) FROM {table}), nextval(s.seq)) + @count) - @count
            FROM (SELECT pg_get_serial_sequence('{table}', 'id') AS seq) s
            """, connection);
        command.Parameters.AddWithValue("count", (long)count);
        var lastUsed = (long)(await command.ExecuteScalarAsync(ct))!;
        return new IdBlock(lastUsed, count);
    }
}
