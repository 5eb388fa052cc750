namespace KosovoBot.Discord.Protocol;

/// <summary>The JSON error body of a failed request: <c>{code, message, errors}</c>.</summary>
internal sealed record DiscordErrorBody
{
    public int Code { get; init; }

    public string? Message { get; init; }
}
