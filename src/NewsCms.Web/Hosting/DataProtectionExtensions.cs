using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using NewsCms.Core.Data;

namespace NewsCms.Web.Hosting;

/// <summary>Section "DataProtection": an optional certificate that encrypts the key ring at rest.</summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with a private key; unset, the keys are stored unencrypted in PostgreSQL.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Older certificates still able to read keys protected before a certificate change.</summary>
    public string[] PreviousCertificatePaths { get; set; } = [];
}

public static class DataProtectionExtensions
{
    /// <summary>
    /// One name for every node: ASP.NET Core isolates key use by application name, which defaults to the
    /// content root path and so differs between machines.
    /// </summary>
    public const string ApplicationName = "NewsCms";

    /// <summary>
    /// The keys that sign staff cookies and antiforgery tokens live in PostgreSQL, not in a node's home folder:
    /// every node behind the proxy reads a cookie or a form made by another, and a new container keeps them.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddDbContext<DataProtectionKeyStore>(options => options.UseNewsDatabase(connectionString));
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DataProtectionKeyStore>();

        var settings = configuration.GetSection(DataProtectionSettings.SectionName).Get<DataProtectionSettings>() ?? new();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            builder.ProtectKeysWithCertificate(Load(settings.CertificatePath, settings.CertificatePassword));
            builder.UnprotectKeysWithAnyCertificate([.. settings.PreviousCertificatePaths.Select(p => Load(p, settings.CertificatePassword))]);
        }
        return services;
    }

    private static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password);
}
