using MimeKit;

namespace NewsCms.Web.Mail;

public static class MailExtensions
{
    /// <summary>Outgoing mail through SMTP, off by default (docs/accounts.md).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpSettings>()
            .Bind(configuration.GetSection(SmtpSettings.SectionName))
            .ValidateDataAnnotations()
            .Validate(s => !s.IsEnabled || MailboxAddress.TryParse(s.From, out _), "Smtp:From must be a mail address (such as newsroom@news.example) when Smtp:Host is set.")
            .ValidateOnStart();
        services.AddSingleton<Mailer>();

        // Notifications by mail and the pending-comments digest (docs/newsroom.md, docs/comments.md).
        services.AddOptions<StaffMailOptions>().Bind(configuration.GetSection(StaffMailOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ModerationDigestOptions>().Bind(configuration.GetSection(ModerationDigestOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffMailLinks>();
        services.AddScoped<NotificationMail>();
        services.AddScoped<NewsCms.Web.Comments.PendingDigest>();
        services.AddHostedService<StaffMailJob>();
        return services;
    }
}
