using Microsoft.Extensions.Options;
using NewsCms.Core.Importing;
using NewsCms.Core.Importing.Agency;

namespace NewsCms.Core.Wire;

/// <summary>What one file did: its format and either the reason it was refused or a line per item.</summary>
public sealed record WireFileResult(WireFormat Format, ImportOutcome Outcome, WireCopyError? Error, IReadOnlyList<WireOutcome> Items)
{
    /// <summary>The story a published plain-text file became (a picture beside the file joins it: WirePicture).</summary>
    public int? ArticleId { get; init; }

    public bool Refused => Error is not null;

    /// <summary>What became of each picture sent with the file (AgencyPictures), for the file's report.</summary>
    public IReadOnlyList<string> PictureLines { get; init; } = [];

    /// <summary>Refused as a whole, with no line to name (the database or the workflow said no).</summary>
    public static WireFileResult RefusedFor(WireFormat format, string reason) =>
        new(format, ImportOutcome.Refused, new WireCopyError(0, reason), []);

    /// <summary>"NAME:LINE: refused: reason", or "NAME: refused: reason" when no line is at fault.</summary>
    public string RefusalLine(string name) =>
        Error is null ? "" : Error.Line > 0 ? $"{name}:{Error.Line}: refused: {Error.Reason}" : $"{name}: refused: {Error.Reason}";
}

/// <summary>
/// A file as it was read, ready to be taken in, and how to find the pictures it names (null when nothing came
/// with it).
/// </summary>
public sealed record WireFileRead(string Text, WireRead Read, PictureFinder? Pictures = null);

/// <summary>
/// Files, any format, whichever way they came, taken in with one save. The plain-text format keeps its own
/// importer (published at its date, keyed by its URL, exactly as before the desk existed) when the caller
/// publishes: such a file saves on its own, so WireBatchImporter gives it a batch of its own. Every other
/// file goes through <see cref="WireIntake"/>. <c>route</c> null means "as the item's source is set" (queue
/// on the desk unless the source auto-publishes).
/// </summary>
public sealed class WireFileImporter(ArticleImporter plainText, WireIntake intake, AgencyPictures pictures, IOptions<WireOptions> options)
{
    public async Task<WireFileResult> ImportAsync(string text, string source, WireRoute? route, CancellationToken cancellationToken) =>
        (await ImportAsync([new WireFileRead(text, WireReader.Read(text))], source, route, cancellationToken))[0];

    /// <summary>Whether this file must be saved on its own (plain text published through its URL-keyed importer).</summary>
    public static bool SavesAlone(WireRead read, string source, WireRoute? route, WireOptions options) =>
        !read.Refused && read.Format == WireFormat.PlainText && RouteOf(read, source, route, options) == WireRoute.Publish;

    public async Task<WireFileResult[]> ImportAsync(IReadOnlyList<WireFileRead> files, string source, WireRoute? route, CancellationToken cancellationToken)
    {
        var results = new WireFileResult[files.Count];
        var taken = new List<(int Index, WireIntakeFile File, AgencyPictures.Taken? Pictures)>();
        for (var i = 0; i < files.Count; i++)
        {
            var (text, read, finder) = files[i];
            if (read.Error is not null)
            {
                results[i] = new WireFileResult(read.Format, ImportOutcome.Refused, read.Error, []);
            }
            else if (SavesAlone(read, source, route, options.Value))
            {
                results[i] = await PlainTextAsync(text, read, cancellationToken);
            }
            else
            {
                // Pictures first, each saved as it goes, so the items carry their library ids into the one save
                // of the stories (taken again, a picture is found by its hash: nothing is added twice).
                var withPictures = AgencyPictures.AnyIn(read) ? await pictures.TakeAsync(read, finder, cancellationToken) : null;
                taken.Add((i, new WireIntakeFile(withPictures?.Items ?? read.Items, source, RouteOf(read, source, route, options.Value)), withPictures));
            }
        }

        if (taken.Count == 0)
            return results;
        var outcomes = await intake.TakeAsync(taken.ConvertAll(t => t.File), cancellationToken);
        for (var k = 0; k < taken.Count; k++)
        {
            var items = outcomes[k];
            var picturesAdded = taken[k].Pictures?.Added ?? 0;
            var outcome = items.Any(i => i.Outcome == ImportOutcome.Created) || (items.Count == 0 && picturesAdded > 0) ? ImportOutcome.Created
                : items.Any(i => i.Outcome == ImportOutcome.Updated) ? ImportOutcome.Updated
                : ImportOutcome.Unchanged;
            results[taken[k].Index] = new WireFileResult(files[taken[k].Index].Read.Format, outcome, null, items)
            {
                PictureLines = taken[k].Pictures?.Lines ?? [],
            };
        }

        return results;
    }

    private static WireRoute RouteOf(WireRead read, string source, WireRoute? route, WireOptions options) =>
        route ?? (options.ModeOf((read.Items.Count > 0 ? read.Items[0].Source : null) ?? source) == WireSourceMode.AutoPublish ? WireRoute.Publish : WireRoute.Desk);

    private async Task<WireFileResult> PlainTextAsync(string text, WireRead read, CancellationToken cancellationToken)
    {
        var result = await plainText.ImportAsync(text, cancellationToken);
        var headline = result.Article?.Headline ?? read.Items[0].Headline;
        return new WireFileResult(read.Format, result.Outcome, result.Error, result.Error is null ? [new WireOutcome(headline, result.Outcome, result.Outcome.ToString().ToLowerInvariant())] : [])
        {
            ArticleId = result.Article?.Id,
        };
    }
}
