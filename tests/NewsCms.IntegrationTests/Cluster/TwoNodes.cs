using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Cluster;

/// <summary>A second node: its own host (own memory, own cache, own key-ring cache) on the first node's database.</summary>
public class SecondNode(NewsCmsApplication first) : NewsCmsApplication
{
    protected override string AppConnectionString => first.ConnectionString;

    public override Task InitializeAsync() => Task.CompletedTask;
}

/// <summary>Two app hosts on one PostgreSQL database, as two machines behind a proxy would be.</summary>
public class TwoNodes : IAsyncLifetime
{
    private readonly Func<NewsCmsApplication, NewsCmsApplication> _second;

    public TwoNodes()
        : this(new NewsCmsApplication(), a => new SecondNode(a))
    {
    }

    // Protected: xunit wants a fixture's one public constructor to take nothing.
    protected TwoNodes(NewsCmsApplication first, Func<NewsCmsApplication, NewsCmsApplication> second)
    {
        A = first;
        _second = second;
    }

    public NewsCmsApplication A { get; }

    public NewsCmsApplication B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = _second(A);
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
