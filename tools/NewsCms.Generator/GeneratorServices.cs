using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;

namespace NewsCms.Generator;

/// <summary>
/// What <see cref="GenerateCommand"/> resolves, read from the environment variables the web host reads
/// (`ConnectionStrings__Default`, `Newsroom__TimeZone`, `Comments__IpHashSalt`): the database, the clock,
/// the newsroom's zone (the URL day of each story) and the salt of the comments' IP hashes.
/// </summary>
public static class GeneratorServices
{
    /// <exception cref="ValidationException">A setting is missing or out of range.</exception>
    public static ServiceProvider Create(IConfiguration configuration, string environmentName)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new ValidationException("ConnectionStrings:Default is not set (environment variable ConnectionStrings__Default).");

        var newsroom = configuration.GetSection(NewsroomOptions.SectionName).Get<NewsroomOptions>() ?? new();
        var comments = configuration.GetSection(CommentOptions.SectionName).Get<CommentOptions>() ?? new();
        // As the web host does: a local salt in Development and Testing only, so local hashes match the site's.
        if (environmentName is "Development" or "Testing" && string.IsNullOrEmpty(comments.IpHashSalt))
            comments.IpHashSalt = CommentOptions.LocalIpHashSalt;
        Validator.ValidateObject(newsroom, new ValidationContext(newsroom), validateAllProperties: true);
        Validator.ValidateObject(comments, new ValidationContext(comments), validateAllProperties: true);

        var services = new ServiceCollection();
        services.AddDbContext<NewsDbContext>(options => options.UseNewsDatabase(connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(newsroom);
        services.AddSingleton(Options.Create(comments));
        services.AddSingleton<IpHasher>();
        return services.BuildServiceProvider();
    }

    /// <summary>DOTNET_ENVIRONMENT, else ASPNETCORE_ENVIRONMENT (scripts set the web's), else Production.</summary>
    public static string EnvironmentName() =>
        Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? "Production";
}
