using KosovoBot.Discord.Gateway;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// The role Discord manages for the bot in each guild (<c>tags.bot_id</c> is the bot), learnt from GUILD_CREATE and
/// role events, so that a mention of that role counts as a mention of the bot.
/// </summary>
internal sealed class BotRoles(GatewaySessionState state)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _roles = new(StringComparer.Ordinal);

    /// <summary>Records the bot's roles among <paramref name="roles"/>.</summary>
    public void Learn(IEnumerable<GuildRole>? roles)
    {
        var self = state.SelfUserId;
        if (roles is null || self is null)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var role in roles)
            {
                if (role.Id is { Length: > 0 } id && role.Tags?.BotId == self)
                {
                    _roles.Add(id);
                }
            }
        }
    }

    /// <summary>True when <paramref name="roleId"/> is one of the bot's managed roles.</summary>
    public bool IsBotRole(string roleId)
    {
        lock (_lock)
        {
            return _roles.Contains(roleId);
        }
    }

    /// <summary>The bot's managed roles known so far.</summary>
    public IReadOnlyList<string> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _roles];
            }
        }
    }
}
