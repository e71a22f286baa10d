using Microsoft.EntityFrameworkCore;
using System.Net;
using NetVips;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

[Collection(SharedApp.Name)]
public sealed class RenditionTests(NewsCmsApplication app) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _reader = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _editor = await app.SignedInClientAsync(Roles.Editor);
        _reader = app.CreatePlainClient();
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        _reader.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_uploaded_picture_is_served_in_every_crop_and_format_cacheable_for_a_year()
    {
        var picture = await _editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg(1200, 800));

        foreach (var (crop, width, height) in new[] { (MediaCrop.Wide, 640, 360), (MediaCrop.Standard, 960, 720), (MediaCrop.Square, 320, 320), (MediaCrop.Original, 1200, 800) })
        {
            foreach (var format in new[] { RenditionFormat.Webp, RenditionFormat.Jpeg })
            {
                using var response = await _reader.GetAsync(picture.Url(crop, width, format));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(PictureRef.ContentTypeOf(format), response.Content.Headers.ContentType!.MediaType);
                Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
                using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
                Assert.Equal((width, height), (image.Width, image.Height));
            }
        }
    }

    [Fact]
    public async Task The_first_request_makes_every_rendition_once_and_then_they_are_served_from_the_database()
    {
        var picture = await _editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg());
        var url = picture.Url(MediaCrop.Wide, 640, RenditionFormat.Webp);

        var first = await _reader.GetByteArrayAsync(url);
        var second = await _reader.GetByteArrayAsync(url);

        Assert.Equal(first, second);
        Assert.Equal((1, 1, picture.OfferedRenditions()), await app.StoredAsync());
        var other = await _reader.GetByteArrayAsync(picture.Url(MediaCrop.Square, 320, RenditionFormat.Jpeg));
        Assert.NotEmpty(other);
        Assert.Equal((1, 1, picture.OfferedRenditions()), await app.StoredAsync());
    }

    [Fact]
    public async Task A_served_rendition_is_kept_in_memory_until_its_picture_is_deleted()
    {
        var picture = await _editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg());
        var url = picture.Url(MediaCrop.Wide, 640, RenditionFormat.Webp);
        var first = await _reader.GetByteArrayAsync(url);

        // With the stored rows gone, the same bytes still come: the node serves them from its output cache.
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM media_renditions WHERE media_item_id = {picture.Id}"));
        Assert.Equal(first, await _reader.GetByteArrayAsync(url));

        using var deleted = await _editor.PostFormAsync($"/admin/media/{picture.Id}/delete", [], $"/admin/media/{picture.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var response = await _reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_reader_who_leaves_while_a_picture_is_made_does_not_fail_the_reader_waiting_for_it()
    {
        var picture = await _editor.UploadOneAsync(app, "big.jpg", TestPictures.Jpeg(3000, 2000));
        var url = picture.Url(MediaCrop.Wide, 640, RenditionFormat.Webp);
        using var leaving = new CancellationTokenSource();
        var first = _reader.GetAsync(url, leaving.Token);
        var second = _reader.GetAsync(url);
        leaving.CancelAfter(TimeSpan.FromMilliseconds(100)); // while every rendition of 6 megapixels is being made

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        using var response = await second;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1, 1, picture.OfferedRenditions()), await app.StoredAsync());
    }

    [Fact]
    public async Task A_size_outside_the_set_or_wider_than_the_picture_is_not_found()
    {
        var picture = await _editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg(1200, 800));

        foreach (var url in new[]
        {
            picture.Url(MediaCrop.Wide, 641, RenditionFormat.Webp),
            picture.Url(MediaCrop.Wide, 1600, RenditionFormat.Webp), // never upscaled: the picture is 1,200 wide
            picture.Url(MediaCrop.Square, 960, RenditionFormat.Jpeg), // the square crop is 800 wide
            $"/media/{picture.Id}/{picture.Fingerprint}/3x2-640.webp",
            $"/media/{picture.Id}/{picture.Fingerprint}/16x9-640.png",
            $"/media/{picture.Id}/000000000000/16x9-640.webp",
            $"/media/{picture.Id + 1}/{picture.Fingerprint}/16x9-640.webp",
        })
        {
            using var response = await _reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
        }

        Assert.Equal((1, 1, 0), await app.StoredAsync());
    }

    [Fact]
    public async Task A_new_focal_point_gives_new_urls_and_moves_the_crop()
    {
        var picture = await _editor.UploadOneAsync(app, "river.jpg", TestPictures.Jpeg(1200, 800));
        var before = picture.Url(MediaCrop.Square, 320, RenditionFormat.Jpeg);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(before)).StatusCode);

        using var saved = await _editor.PostFormAsync($"/admin/media/{picture.Id}/edit",
            new() { ["AltText"] = "The river at dawn", ["Caption"] = "", ["Credit"] = "", ["FocalX"] = "0.9", ["FocalY"] = "0.5" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var moved = await app.PictureAsync("river.jpg");
        Assert.NotEqual(picture.Fingerprint, moved.Fingerprint);
        Assert.Equal(("The river at dawn", new CropRect(400, 0, 800, 800)), (moved.AltText, moved.Region(MediaCrop.Square)));
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync(before)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(moved.Url(MediaCrop.Square, 320, RenditionFormat.Jpeg))).StatusCode);
    }

    [Fact]
    public async Task No_served_byte_carries_gps_or_any_metadata_and_the_picture_is_upright()
    {
        var picture = await _editor.UploadOneAsync(app, "scene.jpg", TestPictures.JpegWithGpsAndOrientation(800, 400));
        Assert.Equal((400, 800), (picture.Width, picture.Height)); // EXIF orientation 6: a quarter turn

        foreach (var crop in Crops.All)
        {
            foreach (var format in new[] { RenditionFormat.Webp, RenditionFormat.Jpeg })
            {
                foreach (var width in picture.Widths(crop, [320, 640, 960, 1280, 1600, 2400]))
                {
                    var bytes = await _reader.GetByteArrayAsync(picture.Url(crop, width, format));
                    Assert.DoesNotContain("Exif", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
                    using var image = Image.NewFromBuffer(bytes);
                    var fields = image.GetFields();
                    Assert.DoesNotContain(fields, f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data");
                    Assert.False(image.Contains("orientation") && (int)image.Get("orientation") != 1);
                }
            }
        }

        using var upright = Image.NewFromBuffer(await _reader.GetByteArrayAsync(picture.Url(MediaCrop.Original, 320, RenditionFormat.Jpeg)));
        Assert.Equal((320, 640), (upright.Width, upright.Height));
    }

    [Fact]
    public async Task A_cmyk_jpeg_is_served_in_srgb()
    {
        var picture = await _editor.UploadOneAsync(app, "agency.jpg", TestPictures.CmykJpeg());

        using var image = Image.NewFromBuffer(await _reader.GetByteArrayAsync(picture.Url(MediaCrop.Original, 320, RenditionFormat.Jpeg)));

        Assert.Equal((3, Enums.Interpretation.Srgb), (image.Bands, image.Interpretation));
    }

    [Fact]
    public async Task The_embedded_caption_and_credit_are_the_forms_defaults()
    {
        var picture = await _editor.UploadOneAsync(app, "wire.jpg", TestPictures.JpegWithXmp("Firefighters at the warehouse", "Jane Doe/Agency"));

        var page = await _editor.PageAsync($"/admin/media/{picture.Id}/edit");

        Assert.Equal("Firefighters at the warehouse", page.QuerySelector("#Caption")!.GetAttribute("value"));
        Assert.Equal("Jane Doe/Agency", page.QuerySelector("#Credit")!.GetAttribute("value"));
    }
}
