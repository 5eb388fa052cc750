using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Rendering;

namespace KosovoBot.Cli;

/// <summary><c>deadlines [--json]</c>: the dated events in date order.</summary>
internal static class DeadlinesVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var json = CommonOptions.Json();
        var command = new Command("deadlines", "The dated events in date order, past or upcoming as of the article's date.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(streams.Error);
            if (session is null)
            {
                return ExitCodes.Failure;
            }

            if (parse.GetValue(json))
            {
                var timeline = session.Get<ITimelineService>().GetTimeline();
                await streams.Output.WriteLineAsync(JsonSerializer.Serialize(JsonMapper.ToJson(timeline), CliJsonContext.Relaxed.DeadlinesJson));
            }
            else
            {
                var reply = await session.Get<IChatRouter>().RouteAsync(
                    new ChatRequest { Text = string.Empty, Command = ChatCommandName.Deadlines, Origin = ChatOrigin.Console },
                    cancellationToken);
                await streams.Output.WriteLineAsync(ReplyTextFormatter.Format(reply));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
