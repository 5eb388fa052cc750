namespace KosovoBot.Core.Control;

/// <summary>Settings and their audit trail in memory: for tests and for a bot run without storage.</summary>
public sealed class InMemorySettingsStore : ISettingsStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(SettingScope Scope, string Name), string> _values = [];
    private readonly List<SettingChange> _changes = [];

    /// <inheritdoc />
    public Task<string?> GetAsync(SettingScope scope, string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_values.GetValueOrDefault((scope, name)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> ListAsync(SettingScope scope, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<string, string> found = _values
                .Where(pair => pair.Key.Scope == scope)
                .ToDictionary(pair => pair.Key.Name, pair => pair.Value, StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<SettingChange> SetAsync(SettingScope scope, string name, string value, string actorUserId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var change = new SettingChange(scope, name, _values.GetValueOrDefault((scope, name)), value, actorUserId, at);
            _values[(scope, name)] = value;
            _changes.Add(change);
            return Task.FromResult(change);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SettingChange>> ListChangesAsync(SettingScope? server, DateTimeOffset? since, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SettingChange> found = _changes
                .Where(change => server is null || change.Scope.Server == server.Server)
                .Where(change => since is null || change.At >= since)
                .Reverse()
                .Take(limit)
                .ToList();
            return Task.FromResult(found);
        }
    }
}
