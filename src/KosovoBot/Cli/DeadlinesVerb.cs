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
    public static Command Create(ConsoleStreams streams) => LookupVerb.CreateWithoutArgument(
        streams,
        "deadlines",
        "The dated events in date order, past or upcoming as of the article's date.",
        session => JsonSerializer.Serialize(JsonMapper.ToJson(session.Get<ITimelineService>().GetTimeline()), CliJsonContext.Relaxed.DeadlinesJson),
        ChatCommandName.Deadlines);
}
