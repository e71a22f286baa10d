using System.Diagnostics.CodeAnalysis;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Importing;

/// <summary>
/// Finds a dateline such as <c>WASHINGTON —</c> or <c>ST. PAUL, Minn. (AP) --</c> at the head of the first
/// paragraph. The test is deliberately narrow (short, capitalised place) so an ordinary sentence that happens
/// to contain a dash, like "The president — who…", is never mistaken for one.
/// </summary>
internal static class WireDatelineReader
{
    private const int MaxLength = 60;

    public static bool TrySplit(string paragraph, [NotNullWhen(true)] out Dateline? dateline, out string rest)
    {
        dateline = null;
        rest = paragraph;
        var (at, length) = FindDash(paragraph);
        if (at < 0)
            return false;

        var head = paragraph[..at].Trim();
        if (!LooksLikePlace(head))
            return false;

        dateline = Dateline.Parse(head);
        rest = paragraph[(at + length)..].Trim();
        return true;
    }

    private static (int At, int Length) FindDash(string text)
    {
        var dash = text.AsSpan().IndexOfAny('\u2014', '\u2013');
        var doubleHyphen = text.IndexOf("--", StringComparison.Ordinal);
        if (doubleHyphen >= 0 && (dash < 0 || doubleHyphen < dash))
            return (doubleHyphen, 2);
        return (dash, 1);
    }

    private static bool LooksLikePlace(string head)
    {
        if (head.Length is 0 or > MaxLength || !char.IsUpper(head[0]))
            return false;

        // Only the place itself must be in capitals: "ST. PAUL, Minn. (AP)" keeps its state and source as written.
        var end = head.AsSpan().IndexOfAny(',', '(');
        var place = end < 0 ? head : head[..end];
        // Two letters at least, so a sentence opening "I — …" or "A — …" stays a sentence.
        return !place.Any(char.IsLower) && place.Count(char.IsLetter) >= 2;
    }
}
