using Microsoft.Playwright;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>
/// The app on Kestrel (a real port on loopback) and Debian's Chromium driven by Playwright. No browser is
/// ever downloaded: the executable comes from NEWSCMS_CHROMIUM, else /usr/bin/chromium.
/// </summary>
public sealed class BrowserApplication : NewsCmsApplication
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public BrowserApplication()
    {
        UseKestrel(0);
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Journeys follow links from mail (password reset, invitations), as people do.</summary>
    protected override bool SendsMail => true;

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NEWSCMS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A page in a fresh browser context; <paramref name="script"/> false browses as with script turned off.</summary>
    public async Task<IPage> NewPageAsync(bool script = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), JavaScriptEnabled = script });
        // Generous limits: on a 2-core machine the browser shares it with the app and the other test assemblies.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // CSP violations and script errors surface as console errors: a page must have none.
            if (message.Type == "error")
                ConsoleErrors.Add(message.Text);
        };
        return page;
    }

    public List<string> ConsoleErrors { get; } = [];

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserApplication>
{
    public const string Name = "browser";
}
