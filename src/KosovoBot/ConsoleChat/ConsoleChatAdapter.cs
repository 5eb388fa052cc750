using KosovoBot.Core.Chat;
using KosovoBot.Core.Health;
using KosovoBot.Hosting;
using KosovoBot.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.ConsoleChat;

/// <summary>
/// Chat in the terminal through the same router as the platforms: a plain line is a question, a line starting
/// with <c>/</c> a command. Ends at end of input, <c>/quit</c>, or when the host stops.
/// </summary>
internal sealed class ConsoleChatAdapter(IChatRouter router, ConsoleStreams streams, AdapterConnections states, ILogger<ConsoleChatAdapter> logger)
    : IChatAdapter
{
    private const string Prompt = "> ";

    /// <inheritdoc />
    public string Name => "console";

    /// <inheritdoc />
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        states.Connected(Name);
        var output = streams.Output;
        await output.WriteLineAsync("KosovoBot console chat. Ask a question about the news, or type /help. End input (Ctrl+D) or /quit to leave.");
        while (true)
        {
            await output.WriteAsync(Prompt);
            await output.FlushAsync(cancellationToken);

            // Console.In blocks the calling thread inside ReadLineAsync and ignores the token, so the read runs on
            // its own thread and we wait on the token beside it; an abandoned read ends with the process.
            var line = await Task.Run(() => streams.Input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken)
                .WaitAsync(cancellationToken);
            if (line is null || IsQuit(line))
            {
                await output.WriteLineAsync();
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await RouteAsync(line, cancellationToken);
            await output.WriteLineAsync(ReplyTextFormatter.Format(reply));
            await output.WriteLineAsync();
        }
    }

    private static bool IsQuit(string line) =>
        line.Trim() is "/quit" or "/exit";

    private async Task<ChatReply> RouteAsync(string line, CancellationToken cancellationToken)
    {
        try
        {
            return await router.RouteAsync(new ChatRequest { Text = line, Origin = ChatOrigin.Console }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failing question must not end the chat; the user gets a plain message, the log gets the cause.
            Log.ConsoleRequestFailed(logger, ex);
            return ChatReply.Error("Sorry, something went wrong answering that. Please try again.");
        }
    }
}
