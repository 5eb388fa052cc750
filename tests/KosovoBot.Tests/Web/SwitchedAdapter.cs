using KosovoBot.Core.Chat;
using KosovoBot.Core.Health;

namespace KosovoBot.Tests.Web;

/// <summary>A platform adapter whose connection the test switches on and off.</summary>
internal sealed class SwitchedAdapter(AdapterConnections connections) : IChatAdapter
{
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "fakeplatform";

    /// <summary>Completes when the host runs the adapter, which it does after every other hosted service started.</summary>
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await _stop.Task.WaitAsync(cancellationToken);
    }

    public void Connect() => connections.Connected(Name);

    public void Disconnect() => connections.Disconnected(Name);

    public void Stop() => _stop.TrySetResult();
}
