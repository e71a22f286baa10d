using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Cluster;

/// <summary>A second node: its own host (own memory, own cache, own key-ring cache) on the first node's database.</summary>
public class SecondNode(NewsCmsApplication first) : NewsCmsApplication
{
    protected override string AppConnectionString => first.ConnectionString;

    public override Task InitializeAsync() => Task.CompletedTask;
}

/// <summary>Two app hosts on one PostgreSQL database, as two machines behind a proxy would be.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public NewsCmsApplication A { get; } = new();

    public NewsCmsApplication B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = new SecondNode(A);
        _ = A.Services; // A makes the key ring first, as the first node of a new site would
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodeCluster : ICollectionFixture<TwoNodes>
{
    public const string Name = "two nodes";
}
