namespace KosovoBot.Slack.Protocol;

/// <summary>A <c>response_url</c> body that removes the message the interaction came from (a shared private answer).</summary>
internal sealed record ResponseUrlDelete
{
    public bool DeleteOriginal { get; init; } = true;
}
