using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace NewsCms.Core.Media;

/// <summary>
/// Pictures in an S3-compatible bucket (AWS, MinIO, Ceph, Garage…): every node reads the same objects. The
/// app still serves them itself through /media URLs, so URLs, Cache-Control and the size checks are unchanged
/// and the bucket need not be public.
/// </summary>
public sealed class S3MediaStorage(IAmazonS3 s3, MediaS3Options options) : IMediaStorage
{
    private const string Scheme = "s3:";

    public async Task<string> SaveOriginalAsync(string contentHash, byte[] bytes, CancellationToken cancellationToken)
    {
        var name = MediaObjectKeys.Original(contentHash);
        await PutAsync(name, bytes, "application/octet-stream", cancellationToken);
        return Scheme + name;
    }

    public Task<byte[]> ReadOriginalAsync(string storageKey, CancellationToken cancellationToken) => GetAsync(storageKey, cancellationToken);

    public Task DeleteOriginalAsync(string storageKey, CancellationToken cancellationToken) => DeleteRenditionsAsync([storageKey], cancellationToken);

    public async Task<string?> SaveRenditionAsync(string contentHash, string fingerprint, RenditionKey key, byte[] bytes, CancellationToken cancellationToken)
    {
        var name = MediaObjectKeys.Rendition(contentHash, fingerprint, key);
        await PutAsync(name, bytes, key.Format == RenditionFormat.Webp ? "image/webp" : "image/jpeg", cancellationToken);
        return Scheme + name;
    }

    public Task<byte[]> ReadRenditionAsync(string storageKey, CancellationToken cancellationToken) => GetAsync(storageKey, cancellationToken);

    public async Task DeleteRenditionsAsync(IReadOnlyCollection<string> storageKeys, CancellationToken cancellationToken)
    {
        // One at a time rather than DeleteObjects: that call needs Content-MD5, which some S3-compatible servers
        // and the SDK's newer checksums disagree on; a picture has a few dozen objects at most.
        foreach (var key in storageKeys)
            await s3.DeleteObjectAsync(options.Bucket, NameOf(key), cancellationToken);
    }

    private async Task PutAsync(string name, byte[] bytes, string contentType, CancellationToken cancellationToken) =>
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = name,
            InputStream = new MemoryStream(bytes, writable: false),
            ContentType = contentType,
            // Plain signed PUTs: aws-chunked uploads are not understood by every S3-compatible server.
            UseChunkEncoding = false,
        }, cancellationToken);

    private async Task<byte[]> GetAsync(string storageKey, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await s3.GetObjectAsync(options.Bucket, NameOf(storageKey), cancellationToken);
            using var buffer = new MemoryStream(response.ContentLength > 0 ? (int)response.ContentLength : 0);
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException($"The bucket {options.Bucket} has no object {storageKey}.", e);
        }
    }

    private static string NameOf(string storageKey) =>
        storageKey.StartsWith(Scheme, StringComparison.Ordinal)
            ? storageKey[Scheme.Length..]
            : throw new InvalidOperationException($"{storageKey} is not in the bucket: it was stored while Media:Storage was PostgreSQL.");
}
