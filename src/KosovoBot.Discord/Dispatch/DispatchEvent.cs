using System.Text.Json;

namespace KosovoBot.Discord.Dispatch;

/// <summary>One queued dispatch.</summary>
internal sealed record DispatchEvent(string Name, int? Sequence, JsonElement Data);
