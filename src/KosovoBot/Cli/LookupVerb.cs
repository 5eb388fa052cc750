using System.CommandLine;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Chat;
using KosovoBot.Rendering;

namespace KosovoBot.Cli;

/// <summary>
/// The shape shared by the lookup verbs: print the JSON contract of a knowledge service's result, or the same
/// command's chat reply as text, so that the text is exactly what the console chat shows.
/// </summary>
internal static class LookupVerb
{
    /// <summary>Builds a lookup verb that takes no argument: <c>{name} [--json]</c>.</summary>
    public static Command CreateWithoutArgument(
        ConsoleStreams streams, string name, string description, Func<CliSession, string> renderJson, ChatCommandName command)
    {
        var json = CommonOptions.Json();
        var verb = new Command(name, description) { json };
        verb.SetAction((parse, cancellationToken) => RunAsync(
            streams, parse.GetValue(json), renderJson, command, string.Empty, cancellationToken));
        return verb;
    }

    /// <summary>Runs <paramref name="command"/> with <paramref name="argument"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(
        ConsoleStreams streams,
        bool json,
        Func<CliSession, string> renderJson,
        ChatCommandName command,
        string argument,
        CancellationToken cancellationToken)
    {
        await using var session = await CliSession.OpenWithKnowledgeAsync(streams.Error);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        if (json)
        {
            await streams.Output.WriteLineAsync(renderJson(session));
            return ExitCodes.Success;
        }

        var request = new ChatRequest { Text = argument, Command = command, Origin = ChatOrigin.Console };
        var reply = await session.Get<IChatRouter>().RouteAsync(request, cancellationToken);
        await streams.Output.WriteLineAsync(ReplyTextFormatter.Format(reply));
        return ExitCodes.Success;
    }
}
