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

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<WireFileReport> ImportAsync(string name, byte[] content, string source, WireRoute? route, CancellationToken cancellationToken) =>
        (await ImportAsync([(name, content)], source, route, cancellationToken))[0];

    /// <summary>Several files at once, a report for each in the same order.</summary>
    public async Task<WireFileReport[]> ImportAsync(IReadOnlyList<(string Name, byte[] Content)> files, string source, WireRoute? route, CancellationToken cancellationToken)
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

        var results = await importer.ImportAsync(texts.ConvertAll(t => t.Text), source, route, handled: null, cancellationToken);
        for (var k = 0; k < texts.Count; k++)
            reports[texts[k].Index] = Report(files[texts[k].Index].Name, results[k]);
        return reports;
    }

    public static WireFileReport Report(string name, WireFileResult result) => result.Refused
        ? new WireFileReport(name, true, [result.RefusalLine(name)])
        : new WireFileReport(name, false, result.Items.Select(i => $"{name}: {i.What}: {i.Headline}").ToList());

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
            return entries.ConvertAll(entry => Read($"{name}/{entry.FullName}", entry));
        }
        catch (InvalidDataException e)
        {
            return [(name, [], $"not a readable zip ({e.Message})")];
        }
    }

    // At most one byte more than the limit is read, whatever the entry claims, so a zip bomb is refused, not expanded.
    private static (string, byte[], string?) Read(string name, ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[MaxFileBytes + 1];
        var length = 0;
        for (int n; length < buffer.Length && (n = stream.Read(buffer, length, buffer.Length - length)) > 0;)
            length += n;
        return length > MaxFileBytes
            ? (name, [], $"the file is larger than {MaxFileBytes / 1024 / 1024} MB")
            : (name, buffer[..length], null);
    }

    public static WireFileReport Refuse(string name, string reason) => new(name, true, [$"{name}: refused: {reason}"]);

    private static bool IsZip(byte[] content) => content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
}
