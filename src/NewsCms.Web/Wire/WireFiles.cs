using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Wire;

namespace NewsCms.Web.Wire;

/// <summary>What became of one file: refused with its reason, or a line per item.</summary>
public sealed record WireFileReport(string File, bool Refused, IReadOnlyList<string> Lines);

/// <summary>
/// Imports files that arrive through the web host (uploads, zips of them, the watched folders), each in a
/// scope of its own so a refused file leaves nothing behind for the next one.
/// </summary>
public sealed class WireFiles(IServiceScopeFactory scopes)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    private const int MaxZipEntries = 2000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<WireFileReport> ImportAsync(string name, byte[] content, string source, WireRoute? route, CancellationToken cancellationToken)
    {
        if (content.Length > MaxFileBytes)
            return Refuse(name, $"the file is larger than {MaxFileBytes / 1024 / 1024} MB");
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(name, "not UTF-8 text");
        }

        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<WireFileImporter>().ImportAsync(text, source, route, cancellationToken);
            if (result.Error is { } error)
                return new WireFileReport(name, true, [$"{name}:{error.Line}: refused: {error.Reason}"]);
            return new WireFileReport(name, false, result.Items.Select(i => $"{name}: {i.What}: {i.Headline}").ToList());
        }
        catch (DbUpdateException e)
        {
            return Refuse(name, $"the database did not accept it ({e.InnerException?.Message ?? e.Message})");
        }
        catch (WorkflowException e)
        {
            return Refuse(name, e.Message);
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
