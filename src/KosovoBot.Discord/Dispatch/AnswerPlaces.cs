namespace KosovoBot.Discord.Dispatch;

/// <summary>
/// The places for answering slash commands: at most <see cref="DiscordDispatcher.MaxConcurrency"/> questions are
/// worked on at once. Only the routing takes a place; the first response to Discord never waits for one.
/// </summary>
internal sealed class AnswerPlaces : IDisposable
{
    private readonly SemaphoreSlim _places = new(DiscordDispatcher.MaxConcurrency, DiscordDispatcher.MaxConcurrency);

    /// <summary>Takes a place if one is free now.</summary>
    public IDisposable? TryTake() => _places.Wait(0) ? new Place(_places) : null;

    /// <summary>Waits for a place.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _places.WaitAsync(cancellationToken);
        return new Place(_places);
    }

    public void Dispose() => _places.Dispose();

    private sealed class Place(SemaphoreSlim places) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                places.Release();
            }
        }
    }
}
