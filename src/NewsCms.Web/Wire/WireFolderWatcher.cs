using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Wire;

namespace NewsCms.Web.Wire;

/// <summary>
/// Polls each source's watched folder (Wire:Sources:NAME:Folder) and imports what is dropped there as that
/// source is set (queue on the desk, or auto-publish). Each file then moves to done/ or to failed/ with a
/// "NAME.reason.txt" beside it. On a cluster the nodes share the folder; a PostgreSQL advisory lock per
/// folder lets exactly one node take a pass, so no file is imported twice. A file system watcher wakes the
/// pass as soon as a file lands; the poll interval catches what it misses (network shares).
/// Writers should drop files whole (write elsewhere, then move in); names starting with "." are skipped.
/// </summary>
public sealed class WireFolderWatcher(
    IServiceScopeFactory scopes, WireFiles wireFiles, IOptions<WireOptions> options, TimeProvider clock, ILogger<WireFolderWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    // When this node first saw each picture still waiting in a folder for its copy (see TakeAsync).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _picturesSeen = new(StringComparer.Ordinal);

    /// <summary>Raised after each file is handled, for whoever wants to know at once (the tests).</summary>
    public event Action<string, WireFileReport>? FileHandled;

    /// <summary>Raised after each pass over a folder: whether this node took it, or another node held it (the tests).</summary>
    public event Action<string, bool>? Passed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folders = options.Value.Sources.Where(s => !string.IsNullOrWhiteSpace(s.Value.Folder))
            .Select(s => (Source: s.Key, Folder: Path.GetFullPath(s.Value.Folder!))).ToList();
        if (folders.Count == 0)
            return;

        var watchers = folders.Select(f => Watch(f.Folder)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var (source, folder) in folders)
                    await PassAsync(source, folder, stoppingToken);
                await WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        Directory.CreateDirectory(folder);
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, EnableRaisingEvents = true };
        watcher.Created += (_, _) => _wake.Release();
        watcher.Renamed += (_, _) => _wake.Release();
        return watcher;
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(options.Value.FolderPollInterval, clock, timeout.Token);
        await Task.WhenAny(_wake.WaitAsync(timeout.Token), delay);
        await timeout.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task PassAsync(string source, string folder, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var taken = await db.Database.TryWithAdvisoryLockAsync($"wire-folder:{folder}", async () =>
            {
                var files = Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
                ForgetPicturesGone(folder, files);
                foreach (var file in files)
                    await TakeAsync(source, folder, file, cancellationToken);
            }, cancellationToken);
            Passed?.Invoke(source, taken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The wire folder {Folder} of {Source} could not be read; the next pass tries again", folder, source);
        }
    }

    // This node forgets the pictures it moved itself as it moves them; this forgets the ones that left the folder
    // otherwise (taken by another node of the cluster, or by hand), which would else be remembered for ever.
    private void ForgetPicturesGone(string folder, List<string> files)
    {
        var listed = files.ToHashSet(StringComparer.Ordinal);
        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        foreach (var picture in _picturesSeen.Keys.Where(p => Path.GetDirectoryName(Path.GetFullPath(p)) == here && !listed.Contains(p)))
            _picturesSeen.TryRemove(picture, out _);
    }

    private async Task TakeAsync(string source, string folder, string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        if (!File.Exists(file))
            return; // a picture moved along with the copy that named it, earlier in this pass
        if (IsPicture(file))
        {
            // A picture waits for the copy that names it; one no copy names in time is set aside. The wait
            // runs from when this node first saw it, not from the file's time, which transfer tools often
            // keep from the sender (a picture a day old would otherwise never wait at all).
            var seen = _picturesSeen.GetOrAdd(file, clock.GetUtcNow());
            if (clock.GetUtcNow() - seen <= options.Value.PictureWait)
                return;
            _picturesSeen.TryRemove(file, out _);
            List<string> reason = [$"{name}: refused: no wire file named this picture within {options.Value.PictureWait}"];
            await MoveAsync(source, folder, file, reason, cancellationToken);
            FileHandled?.Invoke(source, new WireFileReport(name, true, reason));
            return;
        }

        var found = new List<string>();
        var entries = WireFiles.Expand(name, await File.ReadAllBytesAsync(file, cancellationToken));
        var reports = await wireFiles.ImportAsync(entries, source, route: null, _ => FilesBeside.InFolder(folder, found), cancellationToken);
        await MoveAsync(source, folder, file, reports.Where(r => r.Refused).SelectMany(r => r.Lines).ToList(), cancellationToken, found);
        FileHandled?.Invoke(source, new WireFileReport(name, reports.Any(r => r.Refused), reports.SelectMany(r => r.Lines).ToList()));
    }

    /// <summary>To done/, or to failed/ with the refusal lines beside the file; the pictures it took go with it.</summary>
    private async Task MoveAsync(string source, string folder, string file, List<string> refusals, CancellationToken cancellationToken, IEnumerable<string>? pictures = null)
    {
        var name = Path.GetFileName(file);
        var failed = refusals.Count > 0;
        var target = Directory.CreateDirectory(Path.Combine(folder, failed ? "failed" : "done")).FullName;
        File.Move(file, Path.Combine(target, name), overwrite: true);
        foreach (var picture in (pictures ?? []).Distinct(StringComparer.Ordinal).Where(File.Exists))
        {
            File.Move(picture, Path.Combine(target, Path.GetFileName(picture)), overwrite: true);
            _picturesSeen.TryRemove(picture, out _);
        }
        if (failed)
            await File.WriteAllLinesAsync(Path.Combine(target, name + ".reason.txt"), refusals, cancellationToken);
        logger.LogInformation("Wire file {File} from {Source} moved to {Outcome}", name, source, failed ? "failed" : "done");
    }

    private static bool IsPicture(string file)
    {
        using var stream = File.OpenRead(file);
        var head = new byte[64];
        return FilesBeside.IsPicture(head.AsSpan(0, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)));
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
