using System.Text.Json;

namespace KosovoBot.Discord.Protocol;

/// <summary>
/// One option value of an interaction; <c>focused</c> marks the one being typed during autocomplete, and a subcommand
/// or group carries its own options instead of a value.
/// </summary>
internal sealed record InteractionOption
{
    public required string Name { get; init; }

    public int Type { get; init; }

    public JsonElement Value { get; init; }

    public bool? Focused { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    /// <summary>The value as text, whatever JSON type it came as.</summary>
    public string ValueText => Value.ValueKind switch
    {
        JsonValueKind.String => Value.GetString() ?? string.Empty,
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        _ => Value.GetRawText(),
    };
}
