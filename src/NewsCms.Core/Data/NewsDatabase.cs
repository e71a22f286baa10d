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
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(NewsDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
        return options;
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
