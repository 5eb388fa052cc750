namespace KosovoBot.Slack.Protocol;

/// <summary>A modal view for <c>views.open</c>: title, submit and close labels are plain text of at most 24 characters.</summary>
internal sealed record ModalView
{
    public string Type { get; init; } = "modal";

    /// <summary>Names the form in its <c>view_submission</c>.</summary>
    public required string CallbackId { get; init; }

    /// <summary>Comes back in the <c>view_submission</c> (at most 3,000 characters): the question record's id.</summary>
    public string? PrivateMetadata { get; init; }

    public required TextObject Title { get; init; }

    public TextObject? Submit { get; init; }

    public TextObject? Close { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }
}
