using System.Globalization;
using System.Numerics;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// Reads an interaction's <c>member.permissions</c> (a decimal string of bits, which may outgrow 64 bits): who may change
/// the bot's settings in a server.
/// </summary>
internal static class MemberPermissions
{
    private static readonly BigInteger Administrator = BigInteger.One << 3;
    private static readonly BigInteger ManageGuild = BigInteger.One << 5;

    /// <summary>True for a member with Manage Server or Administrator; false when the bits are missing or unreadable.</summary>
    public static bool CanManageServer(string? permissions) =>
        BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
        && !((bits & (Administrator | ManageGuild)).IsZero);
}
