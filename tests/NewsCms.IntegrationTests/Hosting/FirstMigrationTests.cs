using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsCms.Core.Data;
using NewsCms.IntegrationTests.Infrastructure;
using Npgsql;

namespace NewsCms.IntegrationTests.Hosting;

/// <summary>A fresh `scripts/run` migrates a database that does not exist yet; a newcomer must see no error line.</summary>
public sealed class FirstMigrationTests
{
    [Fact]
    public async Task Migrating_a_missing_database_creates_it_and_logs_no_error()
    {
        var server = TestDatabase.Server;
        var name = $"newscms_first_{Guid.NewGuid():N}"[..40];
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        var logs = new ErrorLog();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var options = new DbContextOptionsBuilder<NewsDbContext>().UseNewsDatabase(connectionString).UseLoggerFactory(loggerFactory).Options;
        try
        {
            await using (var db = new NewsDbContext(options))
            {
                await db.MigrateNewsDatabaseAsync();
                Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            }

            Assert.True(logs.Errors.Count == 0, string.Join("\n", logs.Errors));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private sealed class ErrorLog : ILoggerProvider
    {
        public List<string> Errors { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ErrorLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    lock (log.Errors)
                        log.Errors.Add($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
