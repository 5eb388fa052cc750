using System.Collections.Concurrent;
using System.Threading.Channels;
using KosovoBot.Core.Chat;

namespace KosovoBot.Testing.Chat;

/// <summary>
/// A router for adapter tests: records every request, answers with <see cref="Reply"/> (or an override for one text),
/// and can hold answers back until the test releases them.
/// </summary>
public sealed class RecordingChatRouter(Func<ChatRequest, ChatReply> reply) : IChatRouter
{
    private readonly ConcurrentQueue<ChatRequest> _requests = new();
    private readonly Channel<ChatRequest> _arrivals = Channel.CreateUnbounded<ChatRequest>();
    private volatile TaskCompletionSource? _gate;

    /// <summary>The answer to a request without an override.</summary>
    public Func<ChatRequest, ChatReply> Reply { get; set; } = reply;

    /// <summary>Answers for a request text in place of <see cref="Reply"/>: a test holds an answer back or fails it.</summary>
    public ConcurrentDictionary<string, Func<CancellationToken, Task<ChatReply>>> Overrides { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request so far, in order of arrival.</summary>
    public IReadOnlyCollection<ChatRequest> Requests => _requests;

    /// <summary>Every request as it arrives, so that a test can wait until the router is busy.</summary>
    public ChannelReader<ChatRequest> Arrivals => _arrivals.Reader;

    public int Calls => _requests.Count;

    public async Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        _arrivals.Writer.TryWrite(request);
        if (Overrides.TryGetValue(request.Text, out var answer))
        {
            return await answer(cancellationToken);
        }

        if (_gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return Reply(request);
    }

    /// <summary>Every answer waits until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    /// <summary>Holds the answer to <paramref name="text"/> until the returned source completes.</summary>
    public TaskCompletionSource Hold(string text)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Overrides[text] = async cancellationToken =>
        {
            await release.Task.WaitAsync(cancellationToken);
            return Reply(new ChatRequest { Text = text, Origin = new ChatOrigin("test", string.Empty, string.Empty, false) });
        };
        return release;
    }
}
