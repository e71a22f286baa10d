using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// The built app as production runs it: its own process (<c>dotnet NewsCms.Web.dll</c>, Production settings) on a
/// loopback port, on a database made and migrated by an in-process host (<see cref="Data"/>, which also gives the
/// test kits: import a story, read the comments). Ready once the app logs "Application started"; stopped with a
/// real signal. One host per process, so ASP.NET Core's own metrics are all there (docs/operations.md).
/// </summary>
public sealed class ProcessNode : IAsyncLifetime
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _log = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _waits = [];
    private Process? _process;

    public NewsCmsApplication Data { get; } = new();

    public Uri Address { get; private set; } = null!;

    /// <summary>Settings given to the process on top of the fixed ones (environment variable names).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Runs on the database before the process starts (the in-process host's clock is the fake one).</summary>
    public Func<NewsCmsApplication, Task>? BeforeStart { get; init; }

    /// <summary>Everything the process wrote, for a failure message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
                return string.Join('\n', _log);
        }
    }

    public async Task InitializeAsync()
    {
        await Data.InitializeAsync();
        if (BeforeStart is not null)
            await BeforeStart(Data);
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        var web = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the project folder, as scripts/cluster runs it (wwwroot and appsettings.json).
            WorkingDirectory = ProjectFolder(web),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Path.Combine(web, "NewsCms.Web.dll"), "--urls", Address.ToString().TrimEnd('/')])
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Default"] = Data.ConnectionString;
        start.Environment["PublicSite__SiteUrl"] = Address.ToString().TrimEnd('/');
        start.Environment["Comments__IpHashSalt"] = "process-node-test-salt-not-a-secret";
        start.Environment["Comments__PostsPerWindow"] = "100000";
        start.Environment["Telemetry__NodeName"] = "process-node";
        foreach (var (name, value) in Settings)
            start.Environment[name] = value;

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => Seen(line.Data);
        _process.ErrorDataReceived += (_, line) => Seen(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        if (await Task.WhenAny(_started.Task, exited) == exited)
            Assert.Fail($"The app exited with {_process.ExitCode} before it started:\n{Log}");
    }

    /// <summary>Sends SIGTERM, as an orchestrator or systemd stops a service.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end; answers its exit code.</summary>
    public async Task<int> ExitAsync()
    {
        await _process!.WaitForExitAsync();
        return _process.ExitCode;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        await ((IAsyncLifetime)Data).DisposeAsync();
    }

    /// <summary>Completes once the process has written a line containing TEXT (at once if it already has).</summary>
    public Task LoggedAsync(string text)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_log)
        {
            if (_log.Exists(line => line.Contains(text, StringComparison.Ordinal)))
                return Task.CompletedTask;
            _waits.Add((text, seen));
        }
        return seen.Task;
    }

    private void Seen(string? line)
    {
        if (line is null)
            return;
        lock (_log)
        {
            _log.Add(line);
            foreach (var wait in _waits.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                wait.Seen.TrySetResult();
                _waits.Remove(wait);
            }
        }
        if (line.Contains("Application started", StringComparison.Ordinal))
            _started.TrySetResult();
    }

    private static string ProjectFolder(string from)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
        {
            var project = Path.Combine(folder.FullName, "src", "NewsCms.Web");
            if (File.Exists(Path.Combine(project, "NewsCms.Web.csproj")))
                return project;
        }
        return from;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
