using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Importing;

[Collection(SharedApp.Name)]
public sealed class ImportVerbTests(NewsCmsApplication app) : AppTest(app), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newscms-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Importing_the_seed_publishes_it_at_its_url()
    {
        var (exit, output, _) = await RunAsync(Samples.PathOf(Samples.SeedFile));

        Assert.Equal(0, exit);
        Assert.Contains("1 of 1 file(s) imported: 1 created", output, StringComparison.Ordinal);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(new DateOnly(2023, 10, 14), article.PublishedOn);
        Assert.Equal("north-korea-aids-russia-in-ukraine-war-with-munitions-supply", article.Slug);
        Assert.Equal(new Dateline("WASHINGTON", null), article.Dateline);
    }

    [Fact]
    public async Task Importing_the_same_file_again_never_duplicates()
    {
        var seed = Samples.PathOf(Samples.SeedFile);
        await RunAsync(seed);
        var (exit, output, _) = await RunAsync(seed);

        Assert.Equal(0, exit);
        Assert.Contains("0 created, 0 updated, 1 unchanged", output, StringComparison.Ordinal);
        Assert.Equal(1, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Importing_a_changed_file_updates_the_same_article()
    {
        var file = Write("story.txt", "Same headline\nMay 1, 2024\nPARIS — First version.\n");
        await RunAsync(file);
        Write("story.txt", "Same headline\nMay 1, 2024\nPARIS — Second version.\nA new paragraph.\n");

        var (exit, output, _) = await RunAsync(file);

        Assert.Equal(0, exit);
        Assert.Contains("1 updated", output, StringComparison.Ordinal);
        var article = await App.WithDbAsync(db => db.Articles.SingleAsync());
        Assert.Contains("Second version.", article.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("A new paragraph.", article.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_its_line_and_stores_nothing_while_the_others_import()
    {
        var bad = Write("bad.txt", "A headline\nthe fourteenth of October\nBody.\n");
        var good = Write("good.txt", "A good headline\nMay 1, 2024\nBody.\n");

        var (exit, output, errors) = await RunAsync(bad, good);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:2: refused:", errors, StringComparison.Ordinal);
        Assert.Contains("1 of 2 file(s) imported", output, StringComparison.Ordinal);
        var headlines = await App.WithDbAsync(db => db.Articles.Select(a => a.Headline).ToListAsync());
        Assert.Equal(["A good headline"], headlines);
    }

    [Fact]
    public async Task A_missing_file_is_named_and_refused()
    {
        var missing = Path.Combine(_folder, "missing.txt");

        var (exit, _, errors) = await RunAsync(missing);

        Assert.Equal(1, exit);
        Assert.Contains($"{missing}: refused:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_imports_its_text_files_with_progress()
    {
        Write("a.txt", "Story A\nMay 1, 2024\nBody A.\n");
        Write("b.txt", "Story B\nMay 2, 2024\nBody B.\n");

        var (exit, output, _) = await RunAsync(_folder);

        Assert.Equal(0, exit);
        Assert.Contains("[1/2]", output, StringComparison.Ordinal);
        Assert.Contains("[2/2]", output, StringComparison.Ordinal);
        Assert.Equal(2, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int Exit, string Output, string Errors)> RunAsync(params string[] files) =>
        ImportVerbRun.RunAsync(App.Services, files);
}
