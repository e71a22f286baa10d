using System.Text;
using NewsCms.Core.Data;
using NewsCms.Core.Importing;
using NewsCms.Core.Wire;

namespace NewsCms.Web.CommandLine;

/// <summary>
/// `import FILE…` (a folder stands for its files). Every format the wire desk reads (plain text, NITF,
/// NewsML-G2, IPTC 7901), chosen by content; what it imports is published at once (or scheduled for its
/// embargo), never queued on the desk. Each file goes in whole or not at all; a refused file is named with
/// its line and reason on stderr, the others still import, and the exit code is 0 only when every file went in.
/// </summary>
public static class ImportVerb
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var files = args.SelectMany(Expand).ToList();
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: import FILE… (wire copy: plain text, NITF, NewsML-G2 or IPTC 7901 files, or folders of them)");
            return 2;
        }

        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NewsDbContext>().MigrateNewsDatabaseAsync();

        var tally = new Dictionary<ImportOutcome, int>();
        var progress = new ImportProgress(files.Count);
        var done = 0;
        void Count(ImportOutcome outcome, string file)
        {
            tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
            progress.Line($"[{++done}/{files.Count}] {outcome.ToString().ToLowerInvariant(),-9} {file}");
        }

        // Files are read first (a file that is not UTF-8 text is refused there), then taken in in batches.
        var texts = new List<(string Path, string Text)>();
        foreach (var path in files)
        {
            try
            {
                texts.Add((path, await File.ReadAllTextAsync(path, StrictUtf8)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                progress.Error($"{path}: refused: {(e is DecoderFallbackException ? "not UTF-8 text" : e.Message)}");
                Count(ImportOutcome.Refused, path);
            }
        }

        var importer = services.GetRequiredService<WireBatchImporter>();
        // The pictures a file names are looked for beside it, in its own folder.
        await importer.ImportAsync(texts.ConvertAll(t => t.Text), "Wire", WireRoute.Publish, i => FilesBeside.InFolder(Path.GetDirectoryName(texts[i].Path)!), async (i, result) =>
        {
            var path = texts[i].Path;
            if (result.Refused)
                progress.Error(result.RefusalLine(path));
            Count(result.Outcome, path);
            // A file of several agency items says what became of each.
            if (result.Format != Core.Importing.Agency.WireFormat.PlainText)
            {
                foreach (var item in result.Items)
                    progress.Line($"    {item.What}: {item.Headline}");
                foreach (var line in result.PictureLines)
                    progress.Line($"    {line}");
            }
            else if (result.ArticleId is { } articleId && WirePicture.BesideText(path) is { } picture)
            {
                await using var scope = services.CreateAsyncScope();
                progress.Line($"{path}: {await scope.ServiceProvider.GetRequiredService<WirePicture>().AttachAsync(articleId, picture, CancellationToken.None)}");
            }
        }, CancellationToken.None);
        progress.Done();

        var refused = tally.GetValueOrDefault(ImportOutcome.Refused);
        Console.WriteLine($"{files.Count - refused} of {files.Count} file(s) imported: " +
            $"{tally.GetValueOrDefault(ImportOutcome.Created)} created, {tally.GetValueOrDefault(ImportOutcome.Updated)} updated, " +
            $"{tally.GetValueOrDefault(ImportOutcome.Unchanged)} unchanged, {refused} refused.");
        return refused == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Expand(string arg)
    {
        var path = Path.IsPathRooted(arg) ? arg : Path.Combine(CallerDirectory, arg);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path).Where(IsWireFile).Order(StringComparer.Ordinal) : [path];
    }

    // A folder's wire files: the formats' usual extensions (the content still decides how each is read).
    private static bool IsWireFile(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".xml" or ".nitf" or ".newsml" or ".g2" or ".ipt" or ".7901";

    /// <summary>
    /// Where the user typed the command. `dotnet run --project` starts the app in the project's folder, so
    /// relative paths are taken from the shell's PWD, which the app inherits, when there is one.
    /// </summary>
    private static string CallerDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();
}

/// <summary>
/// The verb's output: a line per file on stdout, and, when stderr is a terminal, a progress bar (files done,
/// of how many, files a second) redrawn in place on the terminal's last line. Redirected, the output is the
/// lines alone.
/// </summary>
internal sealed class ImportProgress(int total)
{
    private const int Width = 30;
    private readonly bool _bar = !Console.IsErrorRedirected && total > 1;
    private readonly bool _sharesTerminal = !Console.IsOutputRedirected;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private int _done;
    private long _drawnAt = long.MinValue;

    public void Line(string text)
    {
        if (text.StartsWith('['))
            _done++;
        Write(Console.Out, text);
    }

    public void Error(string text) => Write(Console.Error, text);

    public void Done()
    {
        if (!_bar)
            return;
        Console.Error.Write("\r\u001b[K" + Bar());
        Console.Error.WriteLine();
    }

    private void Write(TextWriter writer, string text)
    {
        // On a shared terminal the bar is wiped, the line written, the bar drawn again below it.
        if (_bar && (_sharesTerminal || writer == Console.Error))
            Console.Error.Write("\r\u001b[K");
        writer.WriteLine(text);
        if (!_bar)
            return;
        if (_sharesTerminal || writer == Console.Error || _clock.ElapsedMilliseconds - _drawnAt >= 100)
        {
            _drawnAt = _clock.ElapsedMilliseconds;
            Console.Error.Write("\r\u001b[K" + Bar());
        }
    }

    private string Bar()
    {
        var filled = _done * Width / Math.Max(total, 1);
        var rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {_done}/{total} files, {rate:0} a second";
    }
}
