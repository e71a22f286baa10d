using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
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
        for (var i = 0; i < files.Count; i++)
        {
            var outcome = await ImportFileAsync(services, files[i]);
            tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
            Console.WriteLine($"[{i + 1}/{files.Count}] {outcome.ToString().ToLowerInvariant(),-9} {files[i]}");
        }

        var refused = tally.GetValueOrDefault(ImportOutcome.Refused);
        Console.WriteLine($"{files.Count - refused} of {files.Count} file(s) imported: " +
            $"{tally.GetValueOrDefault(ImportOutcome.Created)} created, {tally.GetValueOrDefault(ImportOutcome.Updated)} updated, " +
            $"{tally.GetValueOrDefault(ImportOutcome.Unchanged)} unchanged, {refused} refused.");
        return refused == 0 ? 0 : 1;
    }

    private static async Task<ImportOutcome> ImportFileAsync(IServiceProvider services, string path)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, StrictUtf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            await Console.Error.WriteLineAsync($"{path}: refused: {(e is DecoderFallbackException ? "not UTF-8 text" : e.Message)}");
            return ImportOutcome.Refused;
        }

        // A fresh scope per file: a failed file leaves nothing behind in the next one's change tracker.
        await using var scope = services.CreateAsyncScope();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<WireFileImporter>().ImportAsync(text, "Wire", WireRoute.Publish, CancellationToken.None);
            if (result.Error is { } error)
                await Console.Error.WriteLineAsync($"{path}:{error.Line}: refused: {error.Reason}");
            // A file of several agency items says what became of each.
            if (result.Format != Core.Importing.Agency.WireFormat.PlainText)
            {
                foreach (var item in result.Items)
                    Console.WriteLine($"    {item.What}: {item.Headline}");
            }
            else if (result.ArticleId is { } articleId && WirePicture.BesideText(path) is { } picture)
                Console.WriteLine($"{path}: {await scope.ServiceProvider.GetRequiredService<WirePicture>().AttachAsync(articleId, picture, CancellationToken.None)}");

            return result.Outcome;
        }
        catch (DbUpdateException e)
        {
            await Console.Error.WriteLineAsync($"{path}: refused: the database did not accept it ({e.InnerException?.Message ?? e.Message})");
            return ImportOutcome.Refused;
        }
        catch (WorkflowException e)
        {
            await Console.Error.WriteLineAsync($"{path}: refused: {e.Message}");
            return ImportOutcome.Refused;
        }
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
