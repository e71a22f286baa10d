namespace NewsCms.Core.Articles;

/// <summary>
/// How the story appears in search results and shared links, when the desk wants other words than the page's:
/// both optional, and an empty one falls back to the headline and the standfirst (docs/newsroom.md).
/// </summary>
public sealed partial class Article
{
    public const int SeoTitleMaxLength = 100;
    public const int SeoDescriptionMaxLength = 300;

    /// <summary>Search engines show about this many characters of a title, and of a description.</summary>
    public const int SeoTitleAdvice = 60;
    public const int SeoDescriptionAdvice = 160;

    /// <summary>The page's &lt;title&gt;, og:title and twitter:title; null: the headline.</summary>
    public string? SeoTitle { get; private set; }

    /// <summary>The meta description, og:description, twitter:description and JSON-LD description; null: the standfirst.</summary>
    public string? SeoDescription { get; private set; }

    public void SetSearchAppearance(string? title, string? description)
    {
        SeoTitle = Clean(title, SeoTitleMaxLength, nameof(title));
        SeoDescription = Clean(description, SeoDescriptionMaxLength, nameof(description));
    }

    private static string? Clean(string? text, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length > max)
            throw new ArgumentException($"At most {max} characters.", name);
        return trimmed;
    }
}
