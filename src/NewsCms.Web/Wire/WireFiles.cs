using System.IO.Compression;
using System.Text;
using NewsCms.Core.Wire;

namespace NewsCms.Web.Wire;

/// <summary>What became of one file: refused with its reason, or a line per item.</summary>
public sealed record WireFileReport(string File, bool Refused, IReadOnlyList<string> Lines);

/// <summary>
/// Imports files that arrive through the web host (uploads, zips of them, the watched folders, feeds) in
/// batches (<see cref="WireBatchImporter"/>): a refused file leaves nothing behind and spoils no other.
/// </summary>
public sealed class WireFiles(WireBatchImporter importer)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    private const int MaxZipEntries = 2000;

    // A zip's entries may be pictures (the library takes up to Media:MaxUploadBytes), so they are read up to
    // this; copy over MaxFileBytes is refused afterwards. The whole zip expands to at most MaxZipBytes.
    private const int MaxEntryBytes = 32 * 1024 * 1024;
    private const long MaxZipBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The files of one upload or of one dropped file (<see cref="Expand"/>ed), a report for each in the same
    /// order. Pictures among them are not copy: they go with the copy that names them (looked for among these
    /// files first, then through <paramref name="outside"/>, given the name of the copy: the watched folder, the
    /// agency's server); a picture no copy names is reported as not imported, which is no refusal.
    /// </summary>
    public async Task<List<WireFileReport>> ImportAsync(
        List<(string Name, byte[] Content, string? Refusal)> entries, string source, WireRoute? route, Func<string, PictureFinder>? outside, CancellationToken cancellationToken)
    {
        bool IsPicture((string Name, byte[] Content, string? Refusal) e) => e.Refusal is null && FilesBeside.IsPicture(e.Content);
        var pictures = entries.Where(IsPicture).GroupBy(e => Path.GetFileName(e.Name), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Content, StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        PictureFinder FinderFor(string file) => async (picture, token) =>
        {
            if (!pictures.TryGetValue(picture.FileName, out var content))
                return outside is null ? null : await outside(file)(picture, token);
            named.Add(picture.FileName);
            return content;
        };

        var copy = entries.Where(e => e.Refusal is null && !IsPicture(e)).Select(e => (e.Name, e.Content)).ToList();
        var imported = new Queue<WireFileReport>(await ImportCopyAsync(copy, source, route, FinderFor, cancellationToken));
        return entries.ConvertAll(e =>
            e.Refusal is not null ? Refuse(e.Name, e.Refusal)
            : !IsPicture(e) ? imported.Dequeue()
            : named.Contains(Path.GetFileName(e.Name)) ? new WireFileReport(e.Name, false, [$"{e.Name}: taken with the wire file that names it"])
            : new WireFileReport(e.Name, false, [$"{e.Name}: not imported: no wire file sent with it names this picture (add it under Pictures, or send it with its story)"]));
    }

    // The copy itself, a report for each file in the same order; finderFor gives a file's way to its pictures.
    private async Task<WireFileReport[]> ImportCopyAsync(
        List<(string Name, byte[] Content)> files, string source, WireRoute? route, Func<string, PictureFinder> finderFor, CancellationToken cancellationToken)
    {
        var reports = new WireFileReport[files.Count];
        var texts = new List<(int Index, string Text)>();
        for (var i = 0; i < files.Count; i++)
        {
            var (name, content) = files[i];
            if (content.Length > MaxFileBytes)
                reports[i] = Refuse(name, $"the file is larger than {MaxFileBytes / 1024 / 1024} MB");
            else if (Decode(content) is { } text)
                texts.Add((i, text));
            else
                reports[i] = Refuse(name, "not UTF-8 text");
        }

        var results = await importer.ImportAsync(
            texts.ConvertAll(t => t.Text), source, route, k => finderFor(files[texts[k].Index].Name), handled: null, cancellationToken);
        for (var k = 0; k < texts.Count; k++)
            reports[texts[k].Index] = Report(files[texts[k].Index].Name, results[k]);
        return reports;
    }

    public static WireFileReport Report(string name, WireFileResult result) => result.Refused
        ? new WireFileReport(name, true, [result.RefusalLine(name)])
        : new WireFileReport(name, false, [.. result.Items.Select(i => $"{name}: {i.What}: {i.Headline}"), .. result.PictureLines.Select(line => $"{name}: {line}")]);

    private static string? Decode(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A zip stands for the files in it (folders flattened); anything else is itself.</summary>
    public static List<(string Name, byte[] Content, string? Refusal)> Expand(string name, byte[] content)
    {
        if (!IsZip(content))
            return [(name, content, null)];
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var entries = archive.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > MaxZipEntries)
                return [(name, [], $"the zip holds more than {MaxZipEntries} files")];
            var files = new List<(string, byte[], string?)>();
            var total = 0L;
            foreach (var entry in entries)
            {
                var file = Read($"{name}/{entry.FullName}", entry);
                total += file.Item2.Length;
                if (total > MaxZipBytes)
                    return [(name, [], $"the zip expands to more than {MaxZipBytes / 1024 / 1024} MB")];
                files.Add(file);
            }

            return files;
        }
        catch (InvalidDataException e)
        {
            return [(name, [], $"not a readable zip ({e.Message})")];
        }
    }

    // At most one byte more than the limit is read, whatever the entry claims, so a zip bomb is refused, not
    // expanded. The size the entry claims only sizes the first buffer.
    private static (string, byte[], string?) Read(string name, ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var content = new MemoryStream((int)Math.Min(entry.Length, MaxFileBytes) + 1);
        var chunk = new byte[81920];
        for (int n; content.Length <= MaxEntryBytes && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxEntryBytes + 1 - content.Length))) > 0;)
            content.Write(chunk, 0, n);
        return content.Length > MaxEntryBytes
            ? (name, [], $"the file is larger than {MaxEntryBytes / 1024 / 1024} MB")
            : (name, content.ToArray(), null);
    }

    public static WireFileReport Refuse(string name, string reason) => new(name, true, [$"{name}: refused: {reason}"]);

    private static bool IsZip(byte[] content) => content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
}
