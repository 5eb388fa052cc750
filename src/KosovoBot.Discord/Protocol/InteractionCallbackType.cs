namespace KosovoBot.Discord.Protocol;

/// <summary>Interaction callback types (Discord docs, "Interaction Callback Type"); written as numbers.</summary>
internal enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,

    /// <summary>Edits the message the pressed component is on (component interactions only; ephemeral ones too).</summary>
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,

    /// <summary>Opens a modal; not allowed in answer to a modal submit.</summary>
    Modal = 9,
}
