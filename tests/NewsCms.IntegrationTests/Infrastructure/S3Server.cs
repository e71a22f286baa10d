using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// A real S3-compatible server on loopback: s3rver (npm, pinned in tests/tools; scripts/lib/setup.sh
/// ensure_s3_server installs it and exports NEWSCMS_S3RVER), on a free port with its own temporary folder,
/// with one bucket made at start. The app talks to it through AWSSDK.S3 exactly as to any S3 endpoint.
/// </summary>
public sealed class S3Server : IAsyncDisposable
{
    public const string Bucket = "newscms-media";

    // s3rver accepts these fixed keys only.
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process _server;
    private readonly string _folder;

    private S3Server(Process server, string folder, string serviceUrl)
    {
        _server = server;
        _folder = folder;
        ServiceUrl = serviceUrl;
    }

    public string ServiceUrl { get; }

    public static async Task<S3Server> StartAsync()
    {
        var script = Environment.GetEnvironmentVariable("NEWSCMS_S3RVER") is { Length: > 0 } path ? path : FindInRepository();
        if (!File.Exists(script))
            throw new InvalidOperationException($"s3rver is not installed at {script}: scripts/test installs it (ensure_s3_server in scripts/lib/setup.sh).");
        var folder = Directory.CreateTempSubdirectory("newscms-s3-").FullName;
        // Port 0: the server picks a free port and says which in its first words.
        var start = new ProcessStartInfo("node", [script, "-d", folder, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", Bucket])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var server = Process.Start(start) ?? throw new InvalidOperationException("s3rver did not start.");
        // Its first line is blank; the next names the port.
        var line = "";
        while (line.Length == 0 && await server.StandardOutput.ReadLineAsync() is { } read)
            line = read.Trim();
        const string Listening = "S3rver listening on 127.0.0.1:";
        if (!line.StartsWith(Listening, StringComparison.Ordinal))
        {
            server.Kill();
            throw new InvalidOperationException($"s3rver did not start: {line}");
        }

        // Keep reading its log, so a full pipe never stalls it.
        _ = server.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var port = int.Parse(line[Listening.Length..].Trim(), CultureInfo.InvariantCulture);
        return new S3Server(server, folder, $"http://127.0.0.1:{port}");
    }

    /// <summary>A client of our own, to look in the bucket as an operator would.</summary>
    public AmazonS3Client Client() => new(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config
    {
        ServiceURL = ServiceUrl,
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    /// <summary>Every object's key in the bucket, sorted.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync()
    {
        using var client = Client();
        var listed = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket });
        return [.. (listed.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal)];
    }

    public async Task<byte[]> ObjectAsync(string key)
    {
        using var client = Client();
        using var response = await client.GetObjectAsync(Bucket, key);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string FindInRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "tools", "node_modules", "s3rver", "bin", "s3rver.js");
            if (File.Exists(candidate))
                return candidate;
        }

        return "tests/tools/node_modules/s3rver/bin/s3rver.js";
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
