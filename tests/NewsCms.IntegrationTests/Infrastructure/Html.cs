using AngleSharp;
using AngleSharp.Dom;

namespace NewsCms.IntegrationTests.Infrastructure;

public static class Html
{
    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    /// <summary>Text as a reader sees it: whitespace runs collapsed, ends trimmed.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
