using System.Text.Json.Serialization;
using KosovoBot.Core.Control;

namespace KosovoBot.Redis;

/// <summary>An audit entry as kept in Redis; <see cref="Sequence"/> keeps entries of the same millisecond in order.</summary>
internal sealed record StoredChange(
    long Sequence, string Platform, string Server, string? Channel, string Name, string? OldValue, string NewValue, string Actor, DateTimeOffset At)
{
    public static StoredChange From(long sequence, SettingChange change) => new(
        sequence, change.Scope.Platform, change.Scope.ServerId, change.Scope.ChannelId, change.Name, change.OldValue, change.NewValue, change.ActorUserId, change.At);

    public SettingChange ToChange() => new(new SettingScope(Platform, Server, Channel), Name, OldValue, NewValue, Actor, At);
}

/// <summary>Source-generated JSON for the records, feedback and audit entries kept in Redis.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QuestionRecord))]
[JsonSerializable(typeof(AnswerFeedback))]
[JsonSerializable(typeof(StoredChange))]
internal sealed partial class StoredControlJsonContext : JsonSerializerContext;
