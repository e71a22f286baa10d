using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsCms.Core.Comments;

/// <summary>
/// The sender's IP is kept only as HMAC-SHA256(secret salt, address): stable, so bans and rate checks can
/// match it, but not reversible by trying the 4 billion IPv4 addresses without the salt.
/// </summary>
public sealed class IpHasher(IOptions<CommentOptions> options)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.IpHashSalt);

    /// <summary>No address (a test host, a unix socket) hashes as "unknown": one shared bucket, still never null.</summary>
    public string Hash(IPAddress? address)
    {
        var text = address is null ? "unknown" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
    }
}
