using System.Text;
using System.Text.RegularExpressions;

namespace NewsCms.Core.Media;

/// <summary>
/// The caption and credit a photographer or agency wrote into the file (IPTC IIM and XMP), offered as
/// the library form's defaults. Read from the original only; renditions carry none of it.
/// </summary>
public static partial class EmbeddedCaptions
{
    public static (string? Caption, string? Credit) Read(byte[]? iptc, byte[]? xmp)
    {
        var fromIptc = iptc is null ? default : ReadIptc(iptc);
        var fromXmp = xmp is null ? default : ReadXmp(Encoding.UTF8.GetString(xmp));
        return (fromIptc.Caption ?? fromXmp.Caption, fromIptc.Credit ?? fromXmp.Credit);
    }

    /// <summary>IIM datasets: 0x1C, record, dataset, 2-byte length, value. Record 2: 120 caption, 110 credit, 80 by-line.</summary>
    public static (string? Caption, string? Credit) ReadIptc(ReadOnlySpan<byte> data)
    {
        string? caption = null, credit = null, byline = null;
        for (var i = 0; i + 5 <= data.Length; i++)
        {
            if (data[i] != 0x1C || data[i + 1] != 2)
                continue;
            var dataset = data[i + 2];
            var length = (data[i + 3] << 8) | data[i + 4];
            if ((length & 0x8000) != 0 || i + 5 + length > data.Length)
                break;
            var value = Clean(Encoding.UTF8.GetString(data.Slice(i + 5, length)));
            switch (dataset)
            {
                case 120: caption ??= value; break;
                case 110: credit ??= value; break;
                case 80: byline ??= value; break;
            }

            i += 4 + length;
        }

        return (caption, credit ?? byline);
    }

    public static (string? Caption, string? Credit) ReadXmp(string xml)
    {
        var caption = First(DescriptionRegex(), xml);
        var credit = First(CreditRegex(), xml) ?? First(CreatorRegex(), xml);
        return (caption, credit);
    }

    private static string? First(Regex regex, string xml) =>
        regex.Match(xml) is { Success: true } match ? Clean(System.Net.WebUtility.HtmlDecode(match.Groups["v"].Value)) : null;

    private static string? Clean(string text) => text.Trim('\0', ' ', '\r', '\n', '\t') is { Length: > 0 } t ? t : null;

    [GeneratedRegex(@"photoshop:Credit(?:=""(?<v>[^""]*)""|>(?<v>[^<]*)<)")]
    private static partial Regex CreditRegex();

    [GeneratedRegex(@"<dc:description>.*?<rdf:li[^>]*>(?<v>[^<]*)</rdf:li>", RegexOptions.Singleline)]
    private static partial Regex DescriptionRegex();

    [GeneratedRegex(@"<dc:creator>.*?<rdf:li[^>]*>(?<v>[^<]*)</rdf:li>", RegexOptions.Singleline)]
    private static partial Regex CreatorRegex();
}
