using QRCoder;

namespace NewsCms.Web.Staff;

/// <summary>
/// The otpauth:// address an authenticator app scans, drawn as a PNG on the server (no script, nothing sent
/// elsewhere) and shown as a data: image, which the CSP's img-src allows.
/// </summary>
public static class AuthenticatorQrCode
{
    public static string OtpAuthUri(string issuer, string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
