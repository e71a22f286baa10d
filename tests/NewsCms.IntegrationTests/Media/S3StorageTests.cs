using System.Security.Cryptography;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Media;

/// <summary>Media:Storage=S3 against a real S3-compatible server (s3rver on loopback): bytes in the bucket, rows in PostgreSQL.</summary>
[Collection(S3StorageNodes.Name)]
public sealed class S3StorageTests(S3Nodes nodes)
{
    [Fact]
    public async Task An_upload_goes_to_the_bucket_and_its_rendition_is_served_from_there()
    {
        using var editor = await nodes.A.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(nodes.A, "harbour.jpg", TestPictures.Jpeg(1200, 800));

        using var response = await nodes.A.CreatePlainClient().GetAsync(picture.Url(MediaCrop.Wide, 640, RenditionFormat.Webp));
        var served = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        var original = MediaObjectKeys.Original(picture.ContentHash);
        var rendition = MediaObjectKeys.Rendition(picture.ContentHash, picture.Fingerprint, new RenditionKey(MediaCrop.Wide, 640, RenditionFormat.Webp));
        var keys = await nodes.Server.KeysAsync();
        Assert.Contains(original, keys);
        Assert.Contains(rendition, keys);
        Assert.Equal(served, await nodes.Server.ObjectAsync(rendition));
        Assert.Equal(picture.ContentHash, Convert.ToHexStringLower(SHA256.HashData(await nodes.Server.ObjectAsync(original))));

        // PostgreSQL keeps the metadata and the keys, no bytes.
        var rows = await nodes.A.WithDbAsync(async db => (
            Item: await db.MediaItems.Where(m => m.Id == picture.Id).Select(m => m.StorageKey).SingleAsync(),
            Originals: await db.MediaOriginals.CountAsync(),
            Renditions: await db.MediaRenditions.Where(r => r.MediaItemId == picture.Id).Select(r => new { r.StorageKey, HasBytes = r.Bytes != null }).ToListAsync()));
        Assert.Equal("s3:" + original, rows.Item);
        Assert.Equal(0, rows.Originals);
        Assert.Equal(picture.OfferedRenditions(), rows.Renditions.Count);
        Assert.Contains(rows.Renditions, r => r.StorageKey == "s3:" + rendition);
        Assert.All(rows.Renditions, r => Assert.False(r.HasBytes));
        Assert.All(rows.Renditions, r => Assert.Contains(r.StorageKey![3..], keys));
    }

    [Fact]
    public async Task A_second_node_on_the_same_database_and_bucket_serves_the_same_picture()
    {
        using var editor = await nodes.A.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(nodes.A, "quay.jpg", TestPictures.Jpeg(900, 600));
        var url = picture.Url(MediaCrop.Square, 320, RenditionFormat.Jpeg);

        // Made by B from the original in the bucket, then served by A from the bucket.
        var fromB = await nodes.B.CreatePlainClient().GetByteArrayAsync(url);
        var fromA = await nodes.A.CreatePlainClient().GetByteArrayAsync(url);

        Assert.Equal(fromB, fromA);
        Assert.Equal(picture.OfferedRenditions(), await nodes.A.WithDbAsync(db => db.MediaRenditions.CountAsync(r => r.MediaItemId == picture.Id)));
        Assert.Contains(MediaObjectKeys.Rendition(picture.ContentHash, picture.Fingerprint, new RenditionKey(MediaCrop.Square, 320, RenditionFormat.Jpeg)),
            await nodes.Server.KeysAsync());
    }

    [Fact]
    public async Task Deleting_a_picture_removes_its_objects_from_the_bucket()
    {
        using var editor = await nodes.A.SignedInClientAsync(Roles.Editor);
        var picture = await editor.UploadOneAsync(nodes.A, "pier.jpg", TestPictures.Jpeg(700, 500));
        await editor.GetByteArrayAsync(picture.Url(MediaCrop.Original, 320, RenditionFormat.Webp));
        await editor.GetByteArrayAsync(picture.Url(MediaCrop.Wide, 320, RenditionFormat.Jpeg));
        Assert.Equal(1 + picture.OfferedRenditions(), (await nodes.Server.KeysAsync()).Count(k => k.Contains(picture.ContentHash, StringComparison.Ordinal)));

        using var response = await editor.PostFormAsync($"/admin/media/{picture.Id}/delete", [], $"/admin/media/{picture.Id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(await nodes.Server.KeysAsync(), k => k.Contains(picture.ContentHash, StringComparison.Ordinal));
        Assert.False(await nodes.A.WithDbAsync(db => db.MediaItems.AnyAsync(m => m.Id == picture.Id)));
    }
}
