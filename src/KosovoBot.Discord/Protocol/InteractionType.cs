namespace KosovoBot.Discord.Protocol;

/// <summary>Interaction types (Discord docs, "Interaction Type").</summary>
internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int ApplicationCommandAutocomplete = 4;
}
