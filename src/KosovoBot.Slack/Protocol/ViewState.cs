namespace KosovoBot.Slack.Protocol;

/// <summary><c>view.state.values</c>: by block id, then by action id, what each input holds.</summary>
internal sealed record ViewState
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ViewStateValue>>? Values { get; init; }
}
