namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// The base of a test class on a host built once and shared (the <see cref="SharedApp"/> collection's, or a
/// class fixture's): every test starts on empty tables, without building the host again.
/// </summary>
public abstract class AppTest<TApp>(TApp app) : IAsyncLifetime
    where TApp : NewsCmsApplication
{
    protected TApp App { get; } = app;

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}

/// <inheritdoc cref="AppTest{TApp}"/>
public abstract class AppTest(NewsCmsApplication app) : AppTest<NewsCmsApplication>(app);
