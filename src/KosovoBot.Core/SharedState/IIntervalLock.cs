namespace KosovoBot.Core.SharedState;

/// <summary>
/// A lock with expiry that spaces out an action: entering <c>name</c> succeeds at most once per interval, across
/// every process that shares the store (Discord's one identify per rate-limit bucket per 5 seconds). The default
/// spaces the action within this process; with <c>Redis:Connection</c> across processes.
/// </summary>
public interface IIntervalLock
{
    /// <summary>
    /// Enters <paramref name="name"/> when nobody entered it within the last <paramref name="interval"/>: returns
    /// <see cref="TimeSpan.Zero"/> when entered, otherwise how long to wait before trying again.
    /// </summary>
    ValueTask<TimeSpan> TryEnterAsync(string name, TimeSpan interval, CancellationToken cancellationToken);
}
