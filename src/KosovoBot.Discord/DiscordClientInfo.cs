namespace KosovoBot.Discord;

/// <summary>The adapter's name and version as Discord's <c>User-Agent</c> form wants them.</summary>
internal static class DiscordClientInfo
{
    public const string Platform = "discord";

    public const string LibraryName = "KosovoBot";

    public const string Url = "https://github.com/kosovobot/kosovobot";

    public const string Version = "1.0";

    /// <summary><c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public const string UserAgent = $"DiscordBot ({Url}, {Version})";
}
