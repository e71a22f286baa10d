namespace NewsCms.Core.Search;

/// <summary>What a reader typed, made safe to run: trimmed, control characters dropped, cut to a length.</summary>
public static class SearchQuery
{
    public static string Normalize(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var kept = new string(text.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (kept.Length > maxLength)
            kept = kept[..maxLength].TrimEnd();
        // A cut must not leave half a surrogate pair, which PostgreSQL refuses as invalid UTF-8.
        if (kept.Length > 0 && char.IsHighSurrogate(kept[^1]))
            kept = kept[..^1];
        return kept;
    }

    /// <summary>
    /// Plain words, with none of websearch's operators. Only these get near misses by headline similarity:
    /// a reader who quoted a phrase or excluded a word asked for exactly that.
    /// </summary>
    public static bool IsPlain(string query) =>
        !query.Contains('"', StringComparison.Ordinal)
        && !query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith('-') || w == "OR");
}
