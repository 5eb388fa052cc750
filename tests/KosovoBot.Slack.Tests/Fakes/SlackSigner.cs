using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Signs test requests the way Slack documents it, independently of the code under test.</summary>
internal static class SlackSigner
{
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        var basestring = Encoding.UTF8.GetBytes("v0:" + timestamp.ToString(CultureInfo.InvariantCulture) + ":").Concat(body).ToArray();
        return "v0=" + Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), basestring)).ToLowerInvariant();
    }
}
