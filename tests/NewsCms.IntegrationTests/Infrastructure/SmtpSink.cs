using System.Diagnostics;
using MimeKit;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (tests/mail-sink/smtp_sink.py, on aiosmtpd) that keeps every message it
/// accepts in a folder of its own. The app sends to it through MailKit exactly as to a production server; a
/// message is on disk by the time the app's send has returned, so tests read it straight away.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly Process _server;
    private readonly string _folder;

    private SmtpSink(Process server, string folder, int port)
    {
        _server = server;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("newscms-mail-").FullName;
        var start = new ProcessStartInfo(Python(), [Path.Combine(AppContext.BaseDirectory, "mail-sink", "smtp_sink.py"), folder])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var server = Process.Start(start) ?? throw new InvalidOperationException("The SMTP sink did not start.");
        var line = await server.StandardOutput.ReadLineAsync();
        if (!int.TryParse(line, out var port))
            throw new InvalidOperationException($"The SMTP sink did not start (is python3-aiosmtpd installed? scripts/lib/setup.sh installs it): {line}");
        return new SmtpSink(server, folder, port);
    }

    /// <summary>Debian's python3 (where python3-aiosmtpd lives) before whatever python3 is first on PATH.</summary>
    private static string Python() =>
        Environment.GetEnvironmentVariable("NEWSCMS_PYTHON") is { Length: > 0 } python ? python
        : File.Exists("/usr/bin/python3") ? "/usr/bin/python3"
        : "python3";

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetFiles(_folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path)).ToList();

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>The one message to this address, failing the test when there is none or more.</summary>
    public MimeMessage SingleTo(string address) => Assert.Single(MessagesTo(address));

    /// <summary>The first link in the message's text that starts with the given path, such as /account/set-password.</summary>
    public static Uri LinkIn(MimeMessage message, string path)
    {
        var text = message.TextBody ?? "";
        var link = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(word => Uri.TryCreate(word, UriKind.Absolute, out var uri) && uri.AbsolutePath == path);
        return link is null ? throw new InvalidOperationException($"No {path} link in: {text}") : new Uri(link);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing stdin is the sink's signal to stop; a kill is the fallback.
        _server.StandardInput.Close();
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _server.WaitForExitAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill();
        }
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
