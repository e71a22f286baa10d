using System.Globalization;

namespace NewsCms.Core.Media;

/// <summary>
/// How the Markdown body places a library picture: an ordinary Markdown image whose address is
/// <c>media:{id}</c>, on a line of its own — <c>![Alt text](media:12)</c>, or with a caption for this story
/// only, <c>![Alt text](media:12 "Caption")</c>. Any other Markdown tool shows it as an image with an
/// unknown address (its alt text), never as stray markup.
/// </summary>
public static class BodyPictureSyntax
{
    private const string Scheme = "media:";

    public static int? IdOf(string? url) =>
        url is not null && url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
        && int.TryParse(url.AsSpan(Scheme.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;

    /// <summary>The line the library's Insert button puts into the body: the alt text in brackets, kept free of Markdown's own brackets.</summary>
    public static string Snippet(int id, string? altText)
    {
        var alt = (altText ?? "").Replace('[', '(').Replace(']', ')').Replace('\n', ' ').Replace('\r', ' ').Trim();
        return string.Create(CultureInfo.InvariantCulture, $"![{alt}](media:{id})");
    }
}
