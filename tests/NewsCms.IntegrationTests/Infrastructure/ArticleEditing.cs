using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>The newsroom's editor form, driven as a browser does: fields, the button pressed, the page's antiforgery token.</summary>
public static partial class ArticleEditing
{
    public const string NewUrl = "/admin/articles/new";

    public static string EditUrl(int id) => $"/admin/articles/{id}/edit";

    /// <summary>A story that passes the strict checks.</summary>
    public static Dictionary<string, string> Story(string headline = "Council approves the riverside park", string body = "The council voted on Tuesday.") =>
        new() { ["Headline"] = headline, ["Body"] = body };

    /// <summary>
    /// Posts the form with <paramref name="command"/> as the pressed button. The token comes from
    /// <paramref name="formPage"/> (default: the form's own page), as it would in a browser.
    /// A field may appear more than once (a multiple select).
    /// </summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, string url, string command, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var token = StaffSignIn.AntiforgeryToken(await client.GetStringAsync(formPage ?? url));
        var form = fields.Append(new("command", command)).Append(new("__RequestVerificationToken", token)).ToList();
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(url, content);
    }

    /// <summary>Presses a button that must succeed (a redirect to the edit page) and answers the article's id.</summary>
    public static async Task<int> PressOkAsync(this HttpClient client, string url, string command, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await client.PressAsync(url, command, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{command} answered {(int)response.StatusCode}: {Reasons(body)}");
        var match = EditPath().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"redirected to {response.Headers.Location}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static Task<int> NewDraftAsync(this HttpClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PressOkAsync(NewUrl, "SaveDraft", fields);

    public static async Task<int> PublishedStoryAsync(this HttpClient editor, Dictionary<string, string>? fields = null)
    {
        var id = await editor.NewDraftAsync(fields ?? Story());
        await editor.PressOkAsync(EditUrl(id), "Publish", fields ?? Story());
        return id;
    }

    public static Task<Article> ArticleAsync(this NewsCmsApplication app, int id) =>
        app.WithDbAsync(db => db.Articles.AsNoTracking()
            .Include(a => a.Tags)
            .Include(a => a.Authors)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == id));

    public static async Task<IDocument> PageAsync(this HttpClient client, string url) =>
        await Html.ParseAsync(await client.GetStringAsync(url));

    public static async Task<IDocument> DocumentAsync(this HttpResponseMessage response) =>
        await Html.ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The reason shown beside a field, or null.</summary>
    public static string? ReasonBeside(this IDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.Text() is { Length: > 0 } text ? text : null;

    /// <summary>The visible text of the form's buttons, in page order.</summary>
    public static List<string> Buttons(this IDocument document) =>
        document.QuerySelectorAll("form button[name=command]").Select(b => b.Text()).ToList();

    /// <summary>A newsroom wall-clock time as a datetime-local control sends it.</summary>
    public static string LocalInput(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Reasons(string html) =>
        string.Join(" | ", ReasonText().Matches(html).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"^/admin/articles/(\d+)/edit$")]
    private static partial Regex EditPath();

    [GeneratedRegex("field-validation-error\"[^>]*>([^<]+)<")]
    private static partial Regex ReasonText();
}
