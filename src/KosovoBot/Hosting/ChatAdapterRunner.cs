using KosovoBot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Hosting;

/// <summary>
/// Runs every registered chat adapter until the host stops. An adapter that ends by itself (the console at end of
/// input) stops the host once all have ended; a fatal adapter error is logged once and stops the host with exit code 1.
/// </summary>
internal sealed class ChatAdapterRunner(
    IEnumerable<IChatAdapter> adapters,
    IHostApplicationLifetime lifetime,
    ILogger<ChatAdapterRunner> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var all = adapters.ToList();
        Log.AdaptersConfigured(logger, string.Join(", ", all.Select(a => a.Name)));
        await Task.WhenAll(all.Select(adapter => RunAsync(adapter, stoppingToken)));
        if (!stoppingToken.IsCancellationRequested)
        {
            lifetime.StopApplication();
        }
    }

    private async Task RunAsync(IChatAdapter adapter, CancellationToken stoppingToken)
    {
        // Leave the synchronous part of start-up so that one adapter's connect does not hold up the others.
        await Task.Yield();
        try
        {
            Log.AdapterStarting(logger, adapter.Name);
            await adapter.RunAsync(stoppingToken);
            Log.AdapterStopped(logger, adapter.Name);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.AdapterStopped(logger, adapter.Name);
        }
        catch (ChatAdapterFatalException ex)
        {
            Log.AdapterFatal(logger, adapter.Name, ex.Message);
            Fail();
        }
        catch (Exception ex)
        {
            Log.AdapterCrashed(logger, adapter.Name, ex);
            Fail();
        }
    }

    private void Fail()
    {
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
