using Microsoft.Extensions.Options;
using NewsCms.Core.Importing;
using NewsCms.Core.Importing.Agency;

namespace NewsCms.Core.Wire;

/// <summary>What one file did: its format and either the reason it was refused or a line per item.</summary>
public sealed record WireFileResult(WireFormat Format, ImportOutcome Outcome, WireCopyError? Error, IReadOnlyList<WireOutcome> Items)
{
    /// <summary>The story a published plain-text file became (a picture beside the file joins it: WirePicture).</summary>
    public int? ArticleId { get; init; }
}

/// <summary>
/// One file, any format, whichever way it came. The plain-text format keeps its own importer (published at
/// its date, keyed by its URL, exactly as before the desk existed) when the caller publishes; every other
/// file goes through <see cref="WireIntake"/>. <c>route</c> null means "as the item's source is set"
/// (queue on the desk unless the source auto-publishes).
/// </summary>
public sealed class WireFileImporter(ArticleImporter plainText, WireIntake intake, IOptions<WireOptions> options)
{
    public async Task<WireFileResult> ImportAsync(string text, string source, WireRoute? route, CancellationToken cancellationToken)
    {
        var read = WireReader.Read(text);
        if (read.Error is not null)
            return new WireFileResult(read.Format, ImportOutcome.Refused, read.Error, []);

        var itemSource = read.Items[0].Source ?? source;
        var to = route ?? (options.Value.ModeOf(itemSource) == WireSourceMode.AutoPublish ? WireRoute.Publish : WireRoute.Desk);
        if (read.Format == WireFormat.PlainText && to == WireRoute.Publish)
        {
            var result = await plainText.ImportAsync(text, cancellationToken);
            var headline = result.Article?.Headline ?? read.Items[0].Headline;
            return new WireFileResult(read.Format, result.Outcome, result.Error, result.Error is null ? [new WireOutcome(headline, result.Outcome, result.Outcome.ToString().ToLowerInvariant())] : [])
            {
                ArticleId = result.Article?.Id,
            };
        }

        var items = await intake.TakeAsync(read.Items, source, to, cancellationToken);
        var outcome = items.Any(i => i.Outcome == ImportOutcome.Created) ? ImportOutcome.Created
            : items.Any(i => i.Outcome == ImportOutcome.Updated) ? ImportOutcome.Updated
            : ImportOutcome.Unchanged;
        return new WireFileResult(read.Format, outcome, null, items);
    }
}
