namespace KosovoBot.Discord.Protocol;

/// <summary>Interaction types (Discord docs, "Interaction Type"); read as numbers.</summary>
internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
