using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace NewsCms.Core.Data;

public static class NewsDatabase
{
    /// <summary>The one place the provider is configured, shared by the web host and design-time tools.</summary>
    public static TBuilder UseNewsDatabase<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options
            .UseNpgsql(WithPreparedStatements(connectionString), npgsql => npgsql.MigrationsAssembly(typeof(NewsDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
        return options;
    }

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string says otherwise. PostgreSQL
    /// otherwise plans every query afresh; for the article page planning took 3.5 ms against 0.9 ms of
    /// execution (docs/performance.md). Prepared statements live per physical connection and are reused
    /// across pooled connections.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
            builder.MaxAutoPrepare = 100;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Applies pending migrations with no command timeout: on a large archive a migration that rewrites the
    /// articles table (a new stored column, an index) takes minutes, far past the 30 s a page query gets.
    /// </summary>
    public static async Task MigrateNewsDatabaseAsync(this NewsDbContext db, CancellationToken cancellationToken = default)
    {
        var previous = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.Zero);
        try
        {
            if (db.Database.GetConnectionString() is { } connectionString)
                await CreateIfMissingAsync(connectionString, cancellationToken);

            // EF Core reads the history table before it creates it, and logs the failed read at Error level.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(previous);
        }
    }

    /// <summary>
    /// Creates the database when the server has none by that name. EF Core would create it too, but only after
    /// a failed connection that it logs at Error level: on a fresh <c>scripts/run</c> a newcomer reads that as a
    /// failure. The server's catalog, read through the maintenance database, answers without an error. Without
    /// the right to connect there or to create databases, EF's own path runs as before.
    /// </summary>
    public static async Task CreateIfMissingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (string.IsNullOrEmpty(name))
            return;
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
                return;
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException)
        {
            // No right to the maintenance database or to create one: EF Core's own check and create run next.
        }
    }

    /// <summary>True for failures that mean "the database is not there", as opposed to a bug in a query.</summary>
    public static bool IsUnavailable(Exception exception) =>
        exception switch
        {
            NpgsqlException npgsql => npgsql.IsTransient || npgsql is not PostgresException,
            TimeoutException => true,
            _ => exception.InnerException is not null && IsUnavailable(exception.InnerException),
        };
}
