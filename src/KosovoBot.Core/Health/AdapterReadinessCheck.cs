namespace KosovoBot.Core.Health;

/// <summary>Ready when every configured chat adapter is connected.</summary>
/// <param name="adapterNames">The configured adapters' names, enumerated at each check.</param>
/// <param name="connections">What the adapters report.</param>
public sealed class AdapterReadinessCheck(IEnumerable<string> adapterNames, AdapterConnections connections) : IReadinessCheck
{
    /// <inheritdoc />
    public string Name => "adapters";

    /// <inheritdoc />
    public ValueTask<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var down = adapterNames.Where(name => !connections.IsConnected(name)).ToList();
        return ValueTask.FromResult(down.Count == 0
            ? ReadinessResult.Ready()
            : ReadinessResult.NotReady("not connected: " + string.Join(", ", down)));
    }
}
