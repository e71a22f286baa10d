using System.Globalization;
using System.Text;

namespace NewsCms.Core.Articles;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens, accents folded, cut at a word boundary.</summary>
public static class Slug
{
    public static string FromHeadline(string headline, int maxLength = Article.SlugMaxLength)
    {
        var folded = headline.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
                continue; // "Kim's" becomes "kims", "São" becomes "sao"
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                    slug.Append('-');
                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return Cut(slug.ToString(), maxLength);
    }

    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= Article.SlugMaxLength
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);

    private static string Cut(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
            return slug;
        var cut = slug.LastIndexOf('-', maxLength);
        return cut > 0 ? slug[..cut] : slug[..maxLength];
    }
}
