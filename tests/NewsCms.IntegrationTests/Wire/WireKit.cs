using System.Net.Http.Headers;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>The import form and the Incoming desk, used as a browser uses them.</summary>
public static class WireKit
{
    public const string ImportUrl = "/admin/import";
    public const string DeskUrl = "/admin/wire";

    /// <summary>Posts files to /admin/import and answers the page of result lines, as text (entities decoded).</summary>
    public static async Task<string> ImportFilesAsync(this HttpClient client, params (string Name, byte[] Bytes)[] files) =>
        System.Net.WebUtility.HtmlDecode(await client.ImportFilesAsHtmlAsync(files));

    /// <summary>Posts files to /admin/import and answers the page of result lines as the server sent it.</summary>
    public static async Task<string> ImportFilesAsHtmlAsync(this HttpClient client, params (string Name, byte[] Bytes)[] files)
    {
        var token = StaffSignIn.AntiforgeryToken(await client.GetStringAsync(ImportUrl));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }

        using var response = await client.PostAsync(ImportUrl, form);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static (string, byte[]) Fixture(string file) => (file, File.ReadAllBytes(WireFixtures.PathOf(file)));

    /// <summary>Presses one of a desk item's buttons (use, publish, dismiss).</summary>
    public static Task<HttpResponseMessage> PressAsync(this HttpClient client, long itemId, string action) =>
        client.PostFormAsync($"{DeskUrl}/{itemId}/{action}", [], DeskUrl);
}
