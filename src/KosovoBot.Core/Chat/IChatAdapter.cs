namespace KosovoBot.Core.Chat;

/// <summary>
/// A chat platform connection: turns platform events into <see cref="ChatRequest"/>s for the
/// <see cref="IChatRouter"/> and renders its replies. The host runs every registered adapter.
/// </summary>
public interface IChatAdapter
{
    /// <summary>Short name for logs: <c>console</c>, <c>discord</c>, <c>slack</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled or the platform ends the session for good.
    /// Transient failures are handled inside; a fatal one (bad token, missing intent) throws
    /// <see cref="ChatAdapterFatalException"/>.
    /// </summary>
    Task RunAsync(CancellationToken cancellationToken);
}
