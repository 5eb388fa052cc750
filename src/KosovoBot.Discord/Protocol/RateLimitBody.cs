namespace KosovoBot.Discord.Protocol;

/// <summary>The JSON body of a 429 response.</summary>
internal sealed record RateLimitBody
{
    public string? Message { get; init; }

    public double RetryAfter { get; init; }

    public bool Global { get; init; }
}
