using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NewsCms.Core.Importing.Agency;

/// <summary>
/// Safe XML loading and namespace-blind lookups for the agency readers. A DOCTYPE is skipped, never read:
/// no DTD, no external entity, no resolver, so a file cannot make the server open a file or a URL (XXE) or
/// expand entities without bound; an entity the file relies on is then undeclared and the file is refused.
/// </summary>
internal static partial class WireXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
    };

    public static XDocument? Load(string text, out WireCopyError? error)
    {
        error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            error = new WireCopyError(Math.Max(1, e.LineNumber), $"the XML is not well-formed: {e.Message}");
            return null;
        }
    }

    public static int Line(this XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    public static XElement? Child(this XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(this XElement? element, string localName) =>
        element?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    public static XElement? Find(this XElement? element, string localName) =>
        element?.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);

    public static string? Attr(this XElement? element, string name) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    /// <summary>
    /// Of several references to sizes of one picture (NITF media-reference, NewsML-G2 remoteContent), the widest
    /// by its width attribute that names a usable file: the element, the reference as written, its file name.
    /// </summary>
    public static (XElement Element, string Reference, string FileName)? WidestPicture(this IEnumerable<XElement> references, Func<XElement, string?> referenceOf) =>
        references
            .OrderByDescending(r => int.TryParse(r.Attr("width"), NumberStyles.None, CultureInfo.InvariantCulture, out var width) ? width : 0)
            .Select(r => referenceOf(r) is { } reference && AgencyPicture.FileNameOf(reference) is { } name ? (r, reference, name) : ((XElement, string, string)?)null)
            .FirstOrDefault(r => r is not null);

    /// <summary>An element's text with runs of white space (line breaks of the XML) made single spaces.</summary>
    public static string? Text(this XElement? element) =>
        element is null ? null : Squeeze(element.Value) is { Length: > 0 } text ? text : null;

    public static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>An ISO 8601 instant (2024-05-01T12:00:00Z) or NITF's compact form (20240501T120000Z).</summary>
    public static DateTimeOffset? Instant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var at))
            return at;
        string[] compact = ["yyyyMMdd'T'HHmmssK", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmmsszzz", "yyyyMMdd"];
        return DateTimeOffset.TryParseExact(text.Trim(), compact, CultureInfo.InvariantCulture, styles, out at) ? at : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
