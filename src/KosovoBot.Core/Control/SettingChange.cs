using KosovoBot.Core.Text;

namespace KosovoBot.Core.Control;

/// <summary>One entry of the audit trail: who changed which setting where, from what to what, and when.</summary>
/// <param name="Scope">Where the setting applies.</param>
/// <param name="Name">The setting's name as <c>/kosovobot show</c> lists it (<c>channel</c>, <c>feedback</c>, <c>limits.user-per-minute</c>).</param>
/// <param name="OldValue">The value before, or null when it was the default.</param>
/// <param name="NewValue">The value after.</param>
/// <param name="ActorUserId">The platform user id of the admin who made the change.</param>
/// <param name="At">When the change was made.</param>
public sealed record SettingChange(SettingScope Scope, string Name, string? OldValue, string NewValue, string ActorUserId, DateTimeOffset At)
{
    /// <summary>The change on one line that says where it was made, as the console and <c>report audit</c> list it.</summary>
    public string ToAuditLine() => BotText.Format(
        BotMessages.ReportAuditLine,
        At.ToUniversalTime(),
        Scope.ChannelId is { } channel
            ? BotText.Format(BotMessages.ReportAuditChannel, Scope.Platform, Scope.ServerId, channel)
            : BotText.Format(BotMessages.ReportAuditServer, Scope.Platform, Scope.ServerId),
        ActorUserId,
        Name,
        OldValue ?? BotMessages.DefaultValue,
        NewValue);
}
