using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NewsCms.Web.Comments;

/// <summary>
/// The comment form carries the instant it was shown, protected so it cannot be forged; a form sent back
/// sooner than the minimum fill time (or with a missing or tampered stamp) was most likely filled by a machine.
/// </summary>
public sealed class CommentFormTimer(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("NewsCms.Comments.FormTimer.v1");

    public string Stamp() => _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    public bool TooFast(string? stamp, TimeSpan minimum)
    {
        if (string.IsNullOrEmpty(stamp))
            return true;
        try
        {
            var shown = new DateTimeOffset(long.Parse(_protector.Unprotect(stamp), CultureInfo.InvariantCulture), TimeSpan.Zero);
            return clock.GetUtcNow() - shown < minimum;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException or ArgumentException)
        {
            return true;
        }
    }
}
