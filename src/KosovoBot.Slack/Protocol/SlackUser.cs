namespace KosovoBot.Slack.Protocol;

/// <summary>A workspace member as <c>users.info</c> describes it.</summary>
internal sealed record SlackUser
{
    public string? Id { get; init; }

    public string? TeamId { get; init; }

    public bool IsAdmin { get; init; }

    public bool IsOwner { get; init; }

    public bool IsPrimaryOwner { get; init; }

    public bool Deleted { get; init; }
}
