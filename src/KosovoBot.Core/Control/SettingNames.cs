namespace KosovoBot.Core.Control;

/// <summary>The settings' names, as <c>/kosovobot show</c> lists them and the audit trail records them.</summary>
public static class SettingNames
{
    /// <summary>A channel's <see cref="ChannelMode"/>: <c>on</c> (= mention-only), <c>off</c>, <c>mention-only</c>, <c>questions</c>.</summary>
    public const string Channel = "channel";

    /// <summary>A server's 👍/👎 buttons: <c>on</c> (the default) or <c>off</c>.</summary>
    public const string Feedback = "feedback";

    /// <summary>A server's questions per user per minute.</summary>
    public const string UserPerMinute = "limits.user-per-minute";

    /// <summary>A server's questions per server per hour.</summary>
    public const string ServerPerHour = "limits.server-per-hour";
}
