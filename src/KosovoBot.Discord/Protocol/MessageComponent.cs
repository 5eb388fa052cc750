namespace KosovoBot.Discord.Protocol;

/// <summary>
/// A component the bot sends (Discord docs, "Component Reference"): an action row (1) of buttons (2) under a message,
/// or in a modal a label (18) around a string select (3) or a text input (4). One record for the union; each kind
/// fills only its own fields and the rest are left out of the JSON.
/// </summary>
internal sealed record MessageComponent
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int StringSelect = 3;
    public const int TextInput = 4;
    public const int LabelType = 18;

    public required int Type { get; init; }

    /// <summary>A button's style (1 primary, 2 secondary), or a text input's (1 short, 2 paragraph).</summary>
    public int? Style { get; init; }

    /// <summary>A button's text (max 80) or a label's (max 45).</summary>
    public string? Label { get; init; }

    /// <summary>1-100 characters; comes back in the interaction the component causes.</summary>
    public string? CustomId { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>The one component a label holds.</summary>
    public MessageComponent? Component { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public string? Placeholder { get; init; }

    public bool? Required { get; init; }

    public int? MaxLength { get; init; }
}
