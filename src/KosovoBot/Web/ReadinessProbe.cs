using KosovoBot.Core.Health;
using Microsoft.Extensions.DependencyInjection;

namespace KosovoBot.Web;

/// <summary>
/// Runs the readiness checks in registration order and stops at the first that fails: a later check (the
/// adapters) may need what an earlier one waits for (the knowledge), and must not build it on a probe's thread.
/// </summary>
internal sealed class ReadinessProbe(IServiceProvider services)
{
    /// <summary>Whether the bot is ready, with one line per check.</summary>
    public async Task<(bool Ready, IReadOnlyList<string> Lines)> CheckAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var check in services.GetServices<IReadinessCheck>())
        {
            ReadinessResult result;
            try
            {
                result = await check.CheckAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                result = ReadinessResult.NotReady("check failed: " + ex.GetType().Name);
            }

            lines.Add($"{check.Name}: {(result.IsReady ? "ready" : "not ready")} ({result.Detail})");
            if (!result.IsReady)
            {
                return (false, lines);
            }
        }

        return (true, lines);
    }
}
