namespace KosovoBot.Discord.Protocol;

/// <summary>
/// One component of a modal submit: a label (18) holding its input in <c>component</c>, an action row (1, the older
/// layout) holding inputs in <c>components</c>, a text input's <c>value</c> or a select's <c>values</c>.
/// </summary>
internal sealed record SubmittedComponent
{
    public int Type { get; init; }

    public string? CustomId { get; init; }

    public string? Value { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public SubmittedComponent? Component { get; init; }

    public IReadOnlyList<SubmittedComponent>? Components { get; init; }

    /// <summary>Every input inside this component, itself included, however deep the layout nests them.</summary>
    public IEnumerable<SubmittedComponent> Inputs()
    {
        if (CustomId is not null)
        {
            yield return this;
        }

        if (Component is { } child)
        {
            foreach (var input in child.Inputs())
            {
                yield return input;
            }
        }

        foreach (var input in (Components ?? []).SelectMany(c => c.Inputs()))
        {
            yield return input;
        }
    }
}
