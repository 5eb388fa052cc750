namespace KosovoBot.Discord.Protocol;

/// <summary>How many Identify calls the bot has left (1000 a day) and when the budget resets.</summary>
internal sealed record SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds until the budget resets.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; } = 1;
}
