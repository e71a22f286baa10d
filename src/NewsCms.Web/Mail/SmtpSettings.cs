using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace NewsCms.Web.Mail;

/// <summary>
/// Outgoing mail (section "Smtp"): off until <see cref="Host"/> is set. What needs mail (password reset,
/// invitations, the pending-comments digest) says so on its page when it is off.
/// </summary>
public sealed class SmtpSettings
{
    public const string SectionName = "Smtp";

    /// <summary>The SMTP server; empty: no mail is sent.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>The sender, such as <c>NewsCms &lt;newsroom@news.example&gt;</c>; required once Host is set.</summary>
    public string? From { get; set; }

    /// <summary>Credentials for servers that want them; none: no AUTH.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Auto: TLS on connect for port 465, else STARTTLS when the server offers it. StartTls insists on it;
    /// SslOnConnect for implicit TLS on another port; None only for a relay on the same host.
    /// </summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Host);
}
