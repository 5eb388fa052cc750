namespace KosovoBot.Discord.Protocol;

/// <summary>The <c>data</c> of an application command or autocomplete interaction.</summary>
internal sealed record InteractionCommandData
{
    public required string Name { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }
}
