using System.Net;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>Every bad file is refused by its content, with a message naming it and the reason; nothing of it is stored.</summary>
[Collection(SharedApp.Name)]
public sealed class UploadRefusalTests(NewsCmsApplication app) : IAsyncLifetime
{
    private HttpClient _reporter = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _reporter = await app.SignedInClientAsync(Roles.Reporter);
    }

    public Task DisposeAsync()
    {
        _reporter.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "logo.svg", "SVG" },
        { "contract.pdf", "PDF" },
        { "holiday.jpg.exe", "program" },
        { "photo.jpg", "program" }, // a renamed executable: the name says JPEG, the content does not
        { "cut-off.jpg", "damaged or incomplete" },
        { "bomb.png", "20,000 × 20,000 pixels" },
        { "notes.jpg", "not a picture" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_by_name_with_the_reason_and_nothing_is_stored(string name, string reason)
    {
        var bytes = name switch
        {
            "logo.svg" => TestPictures.Svg,
            "contract.pdf" => TestPictures.Pdf,
            "holiday.jpg.exe" or "photo.jpg" => TestPictures.Executable,
            "cut-off.jpg" => TestPictures.TruncatedJpeg(),
            "bomb.png" => TestPictures.DecompressionBomb(),
            _ => "Meeting notes, Tuesday."u8.ToArray(),
        };

        var page = WebUtility.HtmlDecode(await _reporter.UploadAsync((name, bytes)));

        Assert.Contains($"“{name}” was refused: ", page, StringComparison.Ordinal);
        Assert.Contains(reason, page, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await app.StoredAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_is_stored()
    {
        var big = new byte[(25 * 1024 * 1024) + 1];
        TestPictures.Jpeg(64, 64).CopyTo(big, 0);

        var page = WebUtility.HtmlDecode(await _reporter.UploadAsync(("huge.jpg", big)));

        Assert.Contains("“huge.jpg” was refused: it is 25 MB, more than the limit of 25 MB", page, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await app.StoredAsync());
    }

    [Fact]
    public async Task One_bad_file_among_good_ones_stops_only_itself()
    {
        var page = WebUtility.HtmlDecode(await _reporter.UploadAsync(
            ("river.jpg", TestPictures.Jpeg()), ("logo.svg", TestPictures.Svg), ("map.png", TestPictures.Png()), ("dusk.webp", TestPictures.Webp())));

        Assert.Contains("“river.jpg” added to the library.", page, StringComparison.Ordinal);
        Assert.Contains("“map.png” added to the library.", page, StringComparison.Ordinal);
        Assert.Contains("“dusk.webp” added to the library.", page, StringComparison.Ordinal);
        Assert.Contains("“logo.svg” was refused", page, StringComparison.Ordinal);
        Assert.Equal((3, 3, 0), await app.StoredAsync());
    }
}
