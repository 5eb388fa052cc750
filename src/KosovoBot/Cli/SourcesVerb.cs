using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Rendering;

namespace KosovoBot.Cli;

/// <summary><c>sources [--json]</c>: the articles the bot answers from.</summary>
internal static class SourcesVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var json = CommonOptions.Json();
        var command = new Command("sources", "The articles the bot answers from, with outlet, author and date.") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(streams.Error);
            if (session is null)
            {
                return ExitCodes.Failure;
            }

            if (parse.GetValue(json))
            {
                var sources = session.Get<ISourceCatalog>().Sources;
                await streams.Output.WriteLineAsync(JsonSerializer.Serialize(JsonMapper.ToJson(sources), CliJsonContext.Relaxed.SourcesJson));
            }
            else
            {
                var reply = await session.Get<IChatRouter>().RouteAsync(
                    new ChatRequest { Text = string.Empty, Command = ChatCommandName.Sources, Origin = ChatOrigin.Console },
                    cancellationToken);
                await streams.Output.WriteLineAsync(ReplyTextFormatter.Format(reply));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
