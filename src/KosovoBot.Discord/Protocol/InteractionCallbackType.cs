namespace KosovoBot.Discord.Protocol;

/// <summary>Interaction callback types (Discord docs, "Interaction Callback Type").</summary>
internal static class InteractionCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int ApplicationCommandAutocompleteResult = 8;
}
