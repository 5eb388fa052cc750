using System.Collections.Concurrent;
using System.Threading.Channels;
using KosovoBot.Core.Chat;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>A router that records requests and answers with canned replies per command.</summary>
internal sealed class FakeChatRouter : IChatRouter
{
    private readonly Channel<ChatRequest> _arrivals = Channel.CreateUnbounded<ChatRequest>();

    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    /// <summary>Every request as it arrives, so a test can wait until the router is busy.</summary>
    public ChannelReader<ChatRequest> Arrivals => _arrivals.Reader;

    /// <summary>Answers for a request text in place of the canned reply: a test holds an answer back or fails it.</summary>
    public ConcurrentDictionary<string, Func<CancellationToken, Task<ChatReply>>> Overrides { get; } = new(StringComparer.Ordinal);

    public async Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        _arrivals.Writer.TryWrite(request);
        if (Overrides.TryGetValue(request.Text, out var answer))
        {
            return await answer(cancellationToken);
        }

        return request.Command switch
        {
            ChatCommandName.Deadlines => SampleReplies.Timeline,
            ChatCommandName.Quote => SampleReplies.Quotes,
            ChatCommandName.Sources => SampleReplies.Sources,
            ChatCommandName.Help => SampleReplies.Help,
            _ when ChatMarkup.Strip(request.Text).Length == 0 => SampleReplies.Usage,
            _ => SampleReplies.Answer,
        };
    }

    /// <summary>Holds the answer to <paramref name="text"/> until the returned source completes.</summary>
    public TaskCompletionSource Hold(string text)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Overrides[text] = async cancellationToken =>
        {
            await release.Task.WaitAsync(cancellationToken);
            return SampleReplies.Answer;
        };
        return release;
    }
}
