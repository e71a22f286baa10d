using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsCms.Core.Media;

public static class RenditionFingerprint
{
    /// <summary>Bumped when the rendering pipeline changes, so every URL changes with it.</summary>
    private const string Pipeline = "r1";

    public static string Of(string contentHash, double focalX, double focalY)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Pipeline}|{contentHash}|{focalX:0.000}|{focalY:0.000}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }
}
