using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Importing;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// The one home of test wiring: the app on a fresh PostgreSQL database, in the "Testing" environment
/// (production behaviour: error pages, HSTS), with a fake clock.
/// </summary>
public class NewsCmsApplication : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>Where the app's database connections go; a test may point it through a proxy.</summary>
    protected virtual string AppConnectionString => ConnectionString;

    /// <summary>Whether the app sends mail, to a real SMTP sink on loopback (<see cref="Mail"/>); off as in a default install.</summary>
    protected virtual bool SendsMail => false;

    /// <summary>The mail the app sent, when <see cref="SendsMail"/>.</summary>
    public SmtpSink Mail => _mail ?? throw new InvalidOperationException("This app sends no mail: use a fixture with SendsMail.");

    private SmtpSink? _mail;

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        if (SendsMail)
            _mail = await SmtpSink.StartAsync();

        // Migrate before the host starts, so its background services never meet an empty database.
        var options = new DbContextOptionsBuilder<NewsDbContext>().UseNewsDatabase(_database.ConnectionString).Options;
        await using var db = new NewsDbContext(options);
        await db.Database.MigrateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        if (_mail is not null)
            await _mail.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", AppConnectionString);

        // Every test posts from the same (absent) address; the rate-limit test uses its own app with a low limit.
        builder.UseSetting("Comments:PostsPerWindow", "100000");
        builder.UseSetting("SignIn:AttemptsPerWindow", "100000");
        if (_mail is not null)
        {
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", _mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:From", "NewsCms <newsroom@newscms.test>");
            builder.UseSetting("Smtp:Security", "None");
        }
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Empties every table, so each test starts from a known state without a new database.</summary>
    public async Task ResetAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await db.Database.ExecuteSqlRawAsync("""
            DO $$ DECLARE tables text;
            BEGIN
              SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
              FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('__EFMigrationsHistory', 'data_protection_keys');
              IF tables IS NOT NULL THEN EXECUTE 'TRUNCATE ' || tables || ' RESTART IDENTITY CASCADE'; END IF;
            END $$;
            """);
        // TRUNCATE goes around the change tracker, and ids restart: no page of the last test may survive.
        await Services.GetRequiredService<IPublicPageCache>().EvictAsync([PublicPageTags.All], CancellationToken.None);
    }

    public async Task<T> WithDbAsync<T>(Func<NewsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    public async Task WithDbAsync(Func<NewsDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    public async Task<ImportResult> ImportAsync(string wireCopy)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportAsync(wireCopy, CancellationToken.None);
    }

    public HttpClient CreatePlainClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var client = CreatePlainClient();
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The app with mail on, sending to its own SMTP sink; a class fixture.</summary>
public sealed class MailingApplication : NewsCmsApplication
{
    protected override bool SendsMail => true;
}

[CollectionDefinition(Name)]
public sealed class SharedApp : ICollectionFixture<NewsCmsApplication>
{
    public const string Name = "app";
}
