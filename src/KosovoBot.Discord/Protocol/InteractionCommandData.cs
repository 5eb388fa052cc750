namespace KosovoBot.Discord.Protocol;

/// <summary>
/// The <c>data</c> of an interaction: a command's name and options (commands, autocomplete), the <c>custom_id</c> of the
/// button pressed (message components), or the modal's <c>custom_id</c> and what was filled in (modal submits).
/// </summary>
internal sealed record InteractionCommandData
{
    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public IReadOnlyList<SubmittedComponent>? Components { get; init; }
}
