using System.Threading.Channels;
using KosovoBot.Core.Chat;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Records requests and returns canned replies; can hold replies until the test releases them.</summary>
internal sealed class FakeChatRouter : IChatRouter
{
    private readonly Channel<ChatRequest> _requests = Channel.CreateUnbounded<ChatRequest>();
    private TaskCompletionSource? _gate;
    private int _calls;

    public Func<ChatRequest, ChatReply> Reply { get; set; } = _ => CannedReplies.Answer;

    public int Calls => Volatile.Read(ref _calls);

    public ChannelReader<ChatRequest> Requests => _requests.Reader;

    /// <summary>Replies wait until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        _requests.Writer.TryWrite(request);
        if (_gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return Reply(request);
    }
}
