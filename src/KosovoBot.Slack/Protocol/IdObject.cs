namespace KosovoBot.Slack.Protocol;

/// <summary>An object Slack names by its <c>id</c> (a team, a channel).</summary>
internal sealed record IdObject
{
    public string? Id { get; init; }
}
