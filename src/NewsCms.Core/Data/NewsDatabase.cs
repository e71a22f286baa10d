using Microsoft.EntityFrameworkCore;
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
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(previous);
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
