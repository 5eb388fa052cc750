using KosovoBot.Core.Control;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Storage;

/// <summary>
/// Deletes the questions asked longer ago than <c>Storage:KeepQuestions</c>, with their feedback, when the host starts
/// and then every <see cref="Interval"/>, in whichever store keeps them.
/// </summary>
internal sealed class QuestionRetentionService(
    IQuestionRecords records,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<QuestionRetentionService> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>How often the expired questions are looked for after start.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;
    private int _running;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (records is not IForgettingQuestionRecords)
        {
            return;
        }

        await ForgetExpiredAsync(cancellationToken);
        _timer = time.CreateTimer(static state => _ = ((QuestionRetentionService)state!).ForgetExpiredAsync(CancellationToken.None), this, Interval, Interval);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task ForgetExpiredAsync(CancellationToken cancellationToken)
    {
        // A slow pass is not overlapped by the next tick.
        if (records is not IForgettingQuestionRecords forgetting || Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        var cutoff = time.GetUtcNow() - options.Value.KeepQuestions;
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
            var count = await forgetting.ForgetBeforeAsync(cutoff, linked.Token);
            if (count > 0)
            {
                Log.QuestionsForgotten(logger, count, cutoff);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.ForgettingFailed(logger, exception, cutoff);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
