using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Rendering;

namespace KosovoBot.Cli;

/// <summary><c>quote [--json] TERM</c>: direct quotations by a speaker or containing a word.</summary>
internal static class QuoteVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var json = CommonOptions.Json();
        var term = new Argument<string[]>("term")
        {
            Description = "A speaker (a surname or a role such as \"spokesman\") or a word inside the quotation.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("quote", "Direct quotations by a speaker or containing a word.") { json, term };
        CommonOptions.RejectUnknownOptions(command, term);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = string.Join(' ', parse.GetValue(term) ?? []);
            await using var session = await CliSession.OpenAsync(streams.Error);
            if (session is null)
            {
                return ExitCodes.Failure;
            }

            if (parse.GetValue(json))
            {
                var result = session.Get<IQuoteService>().Find(query);
                await streams.Output.WriteLineAsync(JsonSerializer.Serialize(JsonMapper.ToJson(result), CliJsonContext.Relaxed.QuotesJson));
            }
            else
            {
                var reply = await session.Get<IChatRouter>().RouteAsync(
                    new ChatRequest { Text = query, Command = ChatCommandName.Quote, Origin = ChatOrigin.Console },
                    cancellationToken);
                await streams.Output.WriteLineAsync(ReplyTextFormatter.Format(reply));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
