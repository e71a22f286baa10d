using Npgsql;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database for one test run, created beside the one named in ConnectionStrings__Default
/// (that one is never touched) and dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string LocalServer = "Host=127.0.0.1;Port=55433;Database=newscms_test;Username=newscms;Password=newscms";

    private readonly NpgsqlConnectionStringBuilder _admin;

    private TestDatabase(NpgsqlConnectionStringBuilder admin, string connectionString)
    {
        _admin = admin;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public string Name => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    /// <summary>The server the tests use: the one the test command started, unless told otherwise.</summary>
    public static NpgsqlConnectionStringBuilder Server => new(
        Environment.GetEnvironmentVariable("ConnectionStrings__Default") is { Length: > 0 } configured ? configured : LocalServer);

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Server;
        var name = $"{server.Database ?? "newscms"}_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..60].ToLowerInvariant();
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        return new TestDatabase(admin, database.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // On a server where the role may not signal autovacuum (42501), wait for the worker to finish.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                await Task.Delay(500);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
