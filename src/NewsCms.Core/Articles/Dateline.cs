using System.Text.RegularExpressions;

namespace NewsCms.Core.Articles;

/// <summary>
/// Where a story was filed, and optionally the wire service that filed it. House style prints it as
/// <c>PLACE (Source) —</c> at the head of the first paragraph.
/// </summary>
public sealed partial record Dateline(string Place, string? Source)
{
    public const string Dash = "\u2014";

    public static Dateline? From(string? place, string? source) =>
        string.IsNullOrWhiteSpace(place) ? null : new Dateline(place.Trim(), string.IsNullOrWhiteSpace(source) ? null : source.Trim());

    /// <summary>Reads <c>NEW YORK (AP)</c> or <c>WASHINGTON</c>.</summary>
    public static Dateline Parse(string text)
    {
        var match = WithSource().Match(text.Trim());
        return match.Success
            ? new Dateline(match.Groups["place"].Value.Trim(), match.Groups["source"].Value.Trim())
            : new Dateline(text.Trim(), null);
    }

    public override string ToString() => Source is null ? Place : $"{Place} ({Source})";

    [GeneratedRegex(@"^(?<place>.+?)\s*\((?<source>[^()]+)\)$")]
    private static partial Regex WithSource();
}
