using Microsoft.AspNetCore.Hosting;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// The app with its background publisher switched off, so a test runs the schedule itself, exactly when it
/// chooses, and can leave something overdue on purpose. It has its own database and its own clock.
/// </summary>
public sealed class ManualSchedulingApplication : NewsCmsApplication
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Scheduling:Enabled", "false");
    }
}
