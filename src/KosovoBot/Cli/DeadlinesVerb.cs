using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

namespace KosovoBot.Cli;

/// <summary><c>deadlines [--json]</c>: the dated events in date order.</summary>
internal static class DeadlinesVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var json = CommonOptions.Json();
        var command = new Command("deadlines", "The dated events in date order, past or upcoming as of the article's date.") { json };
        command.SetAction((parse, cancellationToken) => LookupVerb.RunAsync(
            streams,
            parse.GetValue(json),
            session => JsonSerializer.Serialize(
                JsonMapper.ToJson(session.Get<ITimelineService>().GetTimeline()), CliJsonContext.Relaxed.DeadlinesJson),
            ChatCommandName.Deadlines,
            string.Empty,
            cancellationToken));
        return command;
    }
}
