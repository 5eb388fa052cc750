namespace KosovoBot.Slack.Protocol;

/// <summary>The inner <c>event</c> of an event callback: an <c>app_mention</c> or a <c>message</c>.</summary>
internal sealed record SlackEvent
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    /// <summary>The message id, e.g. <c>1515449522.000016</c>; kept as a string.</summary>
    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? Channel { get; init; }

    /// <summary><c>im</c>, <c>channel</c>, <c>group</c> or <c>mpim</c>; absent on <c>app_mention</c>.</summary>
    public string? ChannelType { get; init; }

    public bool? Hidden { get; init; }
}
