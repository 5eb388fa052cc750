namespace KosovoBot.Slack.Protocol;

/// <summary>One input's state: the text of a <c>plain_text_input</c>, or the chosen option of a <c>static_select</c>.</summary>
internal sealed record ViewStateValue
{
    public string? Type { get; init; }

    public string? Value { get; init; }

    public SelectedOption? SelectedOption { get; init; }
}
