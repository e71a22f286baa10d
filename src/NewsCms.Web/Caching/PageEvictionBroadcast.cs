using NewsCms.Core.Caching;
using Npgsql;

namespace NewsCms.Web.Caching;

/// <summary>
/// Evictions travel between processes through PostgreSQL's NOTIFY on one channel, so every instance of the
/// site, and the command-line verbs, keep each other's caches true without another piece of infrastructure.
/// Payload: the sender's id, a newline, then the tags separated by spaces.
/// </summary>
public sealed class PageEvictionBroadcast(IConfiguration configuration, ILogger<PageEvictionBroadcast> logger)
{
    public const string Channel = "newscms_public_pages";

    /// <summary>NOTIFY payloads must stay under 8,000 bytes; past that, everything is evicted.</summary>
    private const int MaxPayload = 7000;

    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public string ConnectionString { get; } = configuration.GetConnectionString("Default") ?? "";

    public async Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var payload = Format(InstanceId, tags);
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", payload);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            // This process's cache is already evicted; the others re-sync when their listener reconnects.
            logger.LogWarning(e, "Could not tell other processes to evict {Tags}", tags);
        }
    }

    public static string Format(string instanceId, IReadOnlyCollection<string> tags)
    {
        var payload = $"{instanceId}\n{string.Join(' ', tags)}";
        return payload.Length <= MaxPayload ? payload : $"{instanceId}\n{PublicPageTags.All}";
    }

    public static (string Sender, string[] Tags) Parse(string payload)
    {
        var newline = payload.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0
            ? ("", [PublicPageTags.All])
            : (payload[..newline], payload[(newline + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
