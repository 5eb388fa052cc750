using KosovoBot.Core.Chat;
using KosovoBot.Core.Commands;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Health;
using KosovoBot.Core.Text;
using KosovoBot.Hosting;
using KosovoBot.Rendering;
using Microsoft.Extensions.Logging;

namespace KosovoBot.ConsoleChat;

/// <summary>
/// Chat in the terminal through the same router as the platforms: a plain line is a question, a line starting
/// with <c>/</c> a command. Everything typed since the start (or since <c>/new</c>) is one conversation, so a
/// follow-up ("why?") is read with the earlier questions. Questions are kept (<see cref="ChatRequest.Record"/>) for the gap
/// report, as on the chat platforms. The person at the console runs the bot, so its requests are an admin's
/// (<c>/kosovobot gaps</c> and <c>audit</c> cover every server). Ends at end of input, <c>/quit</c>, or when the host stops.
/// </summary>
internal sealed class ConsoleChatAdapter(
    IChatRouter router,
    ConsoleStreams streams,
    AdapterConnections states,
    ILogger<ConsoleChatAdapter> logger,
    IConversationStore? conversations = null)
    : IChatAdapter
{
    /// <summary>The console's one conversation.</summary>
    internal const string ConversationId = "console";

    private const string Prompt = "> ";

    /// <summary>The console's own help: no mentions or direct messages here, and how to leave.</summary>
    private static readonly ChatReply Help = new()
    {
        Kind = ReplyKind.Help,
        Text = BotMessages.ConsoleHelpIntro,
        Notices = [.. HelpText.AllUsages, BotMessages.ConsoleHelpNew, BotMessages.ConsoleHelpQuit],
    };

    /// <inheritdoc />
    public string Name => "console";

    /// <inheritdoc />
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        states.Connected(Name);
        var output = streams.Output;
        await output.WriteLineAsync(BotMessages.ConsoleWelcome);
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

            if (IsNew(line))
            {
                if (conversations is not null)
                {
                    await conversations.ClearAsync(ConversationId, cancellationToken);
                }

                await output.WriteLineAsync(BotMessages.ConsoleNewConversation);
                await output.WriteLineAsync();
                continue;
            }

            var reply = IsCommand(line, "/help") ? Help : await RouteAsync(line, cancellationToken);
            await output.WriteLineAsync(TerminalText.Strip(ReplyTextFormatter.Format(reply)));
            await output.WriteLineAsync();
        }
    }

    private static bool IsQuit(string line) => IsCommand(line, "/quit") || IsCommand(line, "/exit");

    // The first word decides, as for every other command: "/quit now" quits.
    private static bool IsCommand(string line, string command)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.StartsWith(command, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == command.Length || char.IsWhiteSpace(trimmed[command.Length]));
    }

    private static bool IsNew(string line) => IsCommand(line, "/new");

    private async Task<ChatReply> RouteAsync(string line, CancellationToken cancellationToken)
    {
        try
        {
            return await router.RouteAsync(
                new ChatRequest { Text = line, Origin = ChatOrigin.Console, ConversationId = ConversationId, Record = true, IsAdmin = true }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failing question must not end the chat; the user gets a plain message, the log gets the cause.
            Log.ConsoleRequestFailed(logger, ex);
            return ChatReply.Error(BotMessages.ConsoleFailed);
        }
    }
}
