using Microsoft.AspNetCore.Hosting;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>The app with Media:Storage=S3 against the loopback s3rver, on its own database.</summary>
public class S3StorageApplication(S3Server s3) : NewsCmsApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Media:Storage", "S3");
        builder.UseSetting("Media:S3:ServiceUrl", s3.ServiceUrl);
        builder.UseSetting("Media:S3:Bucket", S3Server.Bucket);
        builder.UseSetting("Media:S3:AccessKey", S3Server.AccessKey);
        builder.UseSetting("Media:S3:SecretKey", S3Server.SecretKey);
        builder.UseSetting("Media:S3:ForcePathStyle", "true");
    }
}

/// <summary>A second node: its own host, on the first one's database and bucket.</summary>
public sealed class SecondS3Node(S3Server s3, NewsCmsApplication first) : S3StorageApplication(s3)
{
    protected override string AppConnectionString => first.ConnectionString;

    public override Task InitializeAsync() => Task.CompletedTask;
}

/// <summary>s3rver, and two app nodes sharing one database and its bucket.</summary>
public sealed class S3Nodes : IAsyncLifetime
{
    public S3Server Server { get; private set; } = null!;

    public S3StorageApplication A { get; private set; } = null!;

    public S3StorageApplication B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await S3Server.StartAsync();
        A = new S3StorageApplication(Server);
        await A.InitializeAsync();
        B = new SecondS3Node(Server, A);
        _ = A.Services; // A makes the key ring first, as the first node of a new site would
    }

    // Guarded: a start that failed half-way leaves some of them unset.
    public async Task DisposeAsync()
    {
        if (B is not null)
            await B.DisposeAsync();
        if (A is not null)
            await ((IAsyncLifetime)A).DisposeAsync();
        if (Server is not null)
            await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class S3StorageNodes : ICollectionFixture<S3Nodes>
{
    public const string Name = "S3 storage";
}
