using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NewsCms.Web.Mail;

/// <summary>A plain-text message to one person.</summary>
public sealed record MailMessage(string To, string Subject, string Text);

/// <summary>
/// Sends mail through the SMTP server in <see cref="SmtpSettings"/>, one connection per message: staff mail
/// is rare (a reset, an invitation, a daily digest), so there is no queue or pool to keep alive.
/// </summary>
public sealed class Mailer(IOptions<SmtpSettings> options, ILogger<Mailer> logger)
{
    public bool IsEnabled => options.Value.IsEnabled;

    /// <summary>Sends the message; false (logged) when mail is off or the server refused it.</summary>
    public async Task<bool> SendAsync(MailMessage mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
        {
            logger.LogWarning("Mail is off (no Smtp:Host): {Subject} to {To} was not sent", mail.Subject, mail.To);
            return false;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Text };

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            logger.LogInformation("Mail {Subject} sent to {To}", mail.Subject, mail.To);
            return true;
        }
        catch (Exception e) when (e is MailKit.ProtocolException or MailKit.CommandException or IOException or System.Net.Sockets.SocketException or TimeoutException or MailKit.Security.AuthenticationException)
        {
            // A mail server that is down must not take a page down with it: the caller says what did not go out.
            logger.LogError(e, "Mail {Subject} to {To} could not be sent through {Host}:{Port}", mail.Subject, mail.To, settings.Host, settings.Port);
            return false;
        }
    }
}
