namespace KosovoBot.Core.Control;

/// <summary>
/// Settings per server and per channel, and the audit trail of their changes. Every change is recorded in the same
/// step as the new value, so the trail cannot miss one. Implementations: in memory (tests), SQLite (one process,
/// the default) and the shared store (every replica sees the same).
/// </summary>
public interface ISettingsStore
{
    /// <summary>The stored value of <paramref name="name"/> in exactly <paramref name="scope"/>, or null when unset.</summary>
    Task<string?> GetAsync(SettingScope scope, string name, CancellationToken cancellationToken);

    /// <summary>Every value stored in exactly <paramref name="scope"/>, by name.</summary>
    Task<IReadOnlyDictionary<string, string>> ListAsync(SettingScope scope, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> and records the change in the audit trail; returns the change.</summary>
    Task<SettingChange> SetAsync(SettingScope scope, string name, string value, string actorUserId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The changes in a server (every server when <paramref name="server"/> is null), newest first.</summary>
    Task<IReadOnlyList<SettingChange>> ListChangesAsync(SettingScope? server, DateTimeOffset? since, int limit, CancellationToken cancellationToken);
}
