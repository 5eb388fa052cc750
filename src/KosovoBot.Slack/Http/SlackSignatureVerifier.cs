using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KosovoBot.Slack.Http;

/// <summary>
/// Verifies Slack's v0 request signature: <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed
/// with the signing secret, compared in constant time; timestamps more than 5 minutes from now are refused.
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>How far a request's timestamp may be from now.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Missing;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > MaxAge.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        var secret = Encoding.UTF8.GetBytes(options.Value.SigningSecret ?? string.Empty);
        var prefix = Encoding.ASCII.GetBytes($"v0:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        var expected = Encoding.ASCII.GetBytes("v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset()));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }
}
