using Microsoft.Extensions.Hosting;

namespace KosovoBot.Storage;

/// <summary>
/// Opens (creating or migrating) the database when the host starts, before the chat adapters run, so that a file that
/// cannot be used stops start-up with one line instead of failing the first question; then drops ended limit windows.
/// </summary>
internal sealed class SqliteStorageStarter(SqliteDatabase database, SqliteRateCounters counters, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await counters.RemoveEndedAsync(time.GetUtcNow(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
