namespace KosovoBot.Core.Control;

/// <summary>Where a setting applies: a server (Discord guild, Slack workspace) or one of its channels.</summary>
/// <param name="Platform">The adapter name: <c>discord</c>, <c>slack</c>, <c>console</c>.</param>
/// <param name="ServerId">The guild or workspace (team) id.</param>
/// <param name="ChannelId">The channel, or null for a server-wide setting.</param>
public sealed record SettingScope(string Platform, string ServerId, string? ChannelId = null)
{
    /// <summary>The server this scope belongs to (itself for a server-wide scope).</summary>
    public SettingScope Server => ChannelId is null ? this : this with { ChannelId = null };
}
