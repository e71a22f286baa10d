using Serilog;

namespace NewsCms.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog, configured wholly from appsettings ("Serilog" section). No bootstrap logger: it freezes
    /// and breaks a second WebApplicationFactory host in the same test run (serilog-aspnetcore#251).
    /// </summary>
    public static void AddNewsCmsLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));
}
