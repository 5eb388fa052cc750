namespace KosovoBot.Discord.Protocol;

/// <summary>Which mentions in a message may notify someone.</summary>
internal sealed record AllowedMentions
{
    /// <summary><c>{"parse": []}</c>: nobody, no role and not @everyone is ever pinged.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };

    public required IReadOnlyList<string> Parse { get; init; }
}
