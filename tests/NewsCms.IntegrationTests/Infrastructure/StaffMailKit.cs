using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsCms.Web.Mail;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>The app with mail on (to its own SMTP sink) and a site address, so mailed links are absolute; a class fixture.</summary>
public sealed class StaffMailApplication : NewsCmsApplication
{
    public const string SiteUrl = "https://news.newscms.test";

    protected override bool SendsMail => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PublicSite:SiteUrl", SiteUrl);
    }

    public StaffMailJob MailJob => Services.GetServices<IHostedService>().OfType<StaffMailJob>().Single();

    /// <summary>
    /// Moves the clock past the job's wait and awaits its run that matches: no sleeping, no polling
    /// (as TrashTests drives the purger).
    /// </summary>
    public async Task<StaffMailRun?> MailRunAfterAsync(TimeSpan advance, Func<StaffMailRun?, bool>? matches = null)
    {
        var finished = new TaskCompletionSource<StaffMailRun?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRun(StaffMailRun? run)
        {
            if (matches?.Invoke(run) ?? true)
                finished.TrySetResult(run);
        }

        var job = MailJob;
        job.RunFinished += OnRun;
        try
        {
            Clock.Advance(advance);
            return await finished.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            job.RunFinished -= OnRun;
        }
    }

    /// <summary>One wait of the job: the next run.</summary>
    public Task<StaffMailRun?> NextMailRunAsync() => MailRunAfterAsync(TimeSpan.FromSeconds(61));
}
