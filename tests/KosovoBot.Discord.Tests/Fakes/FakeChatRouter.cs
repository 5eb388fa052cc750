using System.Collections.Concurrent;
using KosovoBot.Core.Chat;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>A router that records requests and answers with canned replies per command.</summary>
internal sealed class FakeChatRouter : IChatRouter
{
    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public Task<ChatReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        var reply = request.Command switch
        {
            ChatCommandName.Deadlines => SampleReplies.Timeline,
            ChatCommandName.Quote => SampleReplies.Quotes,
            ChatCommandName.Sources => SampleReplies.Sources,
            ChatCommandName.Help => SampleReplies.Help,
            _ when ChatMarkup.Strip(request.Text).Length == 0 => SampleReplies.Usage,
            _ => SampleReplies.Answer,
        };
        return Task.FromResult(reply);
    }
}
