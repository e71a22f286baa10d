using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using NewsCms.Core.Media;

namespace NewsCms.Web.Media;

public static class MediaExtensions
{
    /// <summary>The picture library, its checks and its renditions (docs/pictures.md).</summary>
    public static void AddMedia(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaOptions>()
            .Bind(builder.Configuration.GetSection(MediaOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Storage != MediaStorageKind.S3 || o.S3.Problem() is null, "Media:S3 is incomplete (Bucket, and AccessKey with SecretKey, are required for Media:Storage=S3).")
            .ValidateOnStart();
        services.AddSingleton<PictureInspector>();
        services.AddSingleton<RenditionMaker>();
        builder.AddMediaStorage();
        services.AddScoped<RenditionStore>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<BodyRenderer>();
        services.AddScoped<EditorLeadImageUpload>();
        services.AddSingleton<PictureMarkup>();

        // Renditions are made once and stored, so libvips's operation cache would only hold memory.
        NetVips.Cache.Max = 0;
        NetVips.Cache.MaxMem = 0;
        RenditionMaker.LimitMallocArenas();
    }

    /// <summary>PostgreSQL by default; an S3-compatible bucket with Media:Storage=S3 (docs/pictures.md, "Storage").</summary>
    private static void AddMediaStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var media = builder.Configuration.GetSection(MediaOptions.SectionName).Get<MediaOptions>() ?? new MediaOptions();
        if (media.Storage != MediaStorageKind.S3)
        {
            services.AddScoped<IMediaStorage, PostgresMediaStorage>();
            return;
        }

        var s3 = media.S3;
        services.AddSingleton(s3);
        // Without keys, the SDK's usual chain (environment, profile, instance role) finds the credentials.
        services.AddSingleton<IAmazonS3>(_ => s3.AccessKey.Length > 0
            ? new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), S3Config(s3))
            : new AmazonS3Client(S3Config(s3)));
        services.AddSingleton<IMediaStorage, S3MediaStorage>();
    }

    private static AmazonS3Config S3Config(MediaS3Options s3)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = s3.ForcePathStyle,
            AuthenticationRegion = s3.Region,
            // Checksums only where S3 requires them: the SDK's default CRC trailers are not understood by every
            // S3-compatible server.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (s3.ServiceUrl.Length > 0)
            config.ServiceURL = s3.ServiceUrl;
        else
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(s3.Region);
        return config;
    }
}
