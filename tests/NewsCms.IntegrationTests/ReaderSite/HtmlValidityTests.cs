using System.Diagnostics;
using System.Text.Json;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar, the validator behind validator.w3.org) finds no error on any public page
/// (issue 12, item 18). scripts/test installs it (scripts/lib/setup.sh, ensure_html_checker) and exports
/// NEWSCMS_VNU_JAR; every page is checked in one Java run, which is most of this test's time.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class HtmlValidityTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Public_pages_have_no_html_errors()
    {
        var seed = (await App.ImportAsync(Samples.Seed)).Article!;
        var author = await App.AddAuthorAsync("Ada Reporter", "ada-reporter", "Covers the harbour.");
        await App.FileAsync(seed, sectionId: await App.AddSectionAsync("World", "world"), tagId: await App.AddTagAsync("War", "war"), authorId: author);
        var comment = await App.AddCommentAsync(seed.Id, "Ada", "A first comment.\n\nWith a second paragraph and https://example.com/link.", CommentStatus.Approved);
        await App.AddCommentAsync(seed.Id, "Bo", "A reply.", CommentStatus.Approved, parentId: comment);

        var urls = new[]
        {
            "/", Samples.SeedUrl, $"{Samples.SeedUrl}/comments/reply/{comment}", "/section/world", "/tag/war",
            "/author/ada-reporter", "/search?q=munitions", "/search?q=nothingmatchesthis", "/search", "/corrections",
            "/about", "/no-such-page", "/account/login",
        };
        var folder = Directory.CreateTempSubdirectory("newscms-html-");
        try
        {
            var files = new Dictionary<string, string>();
            for (var i = 0; i < urls.Length; i++)
            {
                var (_, html) = await App.GetAsync(urls[i]);
                var file = Path.Combine(folder.FullName, $"page{i}.html");
                await File.WriteAllTextAsync(file, html);
                files[file] = urls[i];
            }

            var errors = await CheckAsync(files);

            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs vnu.jar over the files (path → the page's URL); answers "URL line N: message" for every error.</summary>
    internal static async Task<List<string>> CheckAsync(Dictionary<string, string> files)
    {
        var jar = Environment.GetEnvironmentVariable("NEWSCMS_VNU_JAR");
        Assert.True(jar is { Length: > 0 } && File.Exists(jar),
            "NEWSCMS_VNU_JAR does not name vnu.jar: scripts/test installs it (ensure_html_checker in scripts/lib/setup.sh)");

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar!, "--errors-only", "--format", "json", "--stdout" }.Concat(files.Keys))
            start.ArgumentList.Add(argument);
        using var java = Process.Start(start)!;
        var stderr = java.StandardError.ReadToEndAsync();
        var report = await java.StandardOutput.ReadToEndAsync();
        await java.WaitForExitAsync();
        Assert.True(report.TrimStart().StartsWith('{'), $"vnu.jar gave no report: {await stderr}");

        // Its "url" is file:/path (one slash); the file name finds the page.
        var byName = files.ToDictionary(f => Path.GetFileName(f.Key), f => f.Value);
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{byName.GetValueOrDefault(m.TryGetProperty("url", out var u) ? Path.GetFileName(u.GetString()!) : "", "?")} " +
                         $"line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}" +
                         $" [{(m.TryGetProperty("extract", out var e) ? e.GetString() : "")}]")
            .ToList();
    }
}
