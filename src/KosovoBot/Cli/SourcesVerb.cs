using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

namespace KosovoBot.Cli;

/// <summary><c>sources [--json]</c>: the articles the bot answers from.</summary>
internal static class SourcesVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams) => LookupVerb.CreateWithoutArgument(
        streams,
        "sources",
        "The articles the bot answers from, with outlet, author and date.",
        session => JsonSerializer.Serialize(JsonMapper.ToJson(session.Get<ISourceCatalog>().Sources), CliJsonContext.Relaxed.SourcesJson),
        ChatCommandName.Sources);
}
