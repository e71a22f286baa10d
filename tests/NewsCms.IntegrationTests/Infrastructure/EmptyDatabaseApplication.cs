using Microsoft.AspNetCore.Hosting;
using NewsCms.Core.Data;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>A node started on an empty database: nobody has migrated it yet (as during a rolling upgrade) or a backup is about to be restored into it. Publisher off.</summary>
public sealed class EmptyDatabaseApplication : NewsCmsApplication
{
    private TestDatabase? _empty;

    protected override string AppConnectionString => _empty?.ConnectionString ?? throw new InvalidOperationException("Not initialised.");

    public override async Task InitializeAsync() => _empty = await TestDatabase.CreateAsync();

    public Task MigrateAsync() => WithDbAsync(db => db.MigrateNewsDatabaseAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Scheduling:Enabled", "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_empty is not null)
            await _empty.DisposeAsync();
    }
}
