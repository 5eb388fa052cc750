using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

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
        command.SetAction((parse, cancellationToken) =>
        {
            var query = string.Join(' ', parse.GetValue(term) ?? []);
            return LookupVerb.RunAsync(
                streams,
                parse.GetValue(json),
                session => JsonSerializer.Serialize(
                    JsonMapper.ToJson(session.Get<IQuoteService>().Find(query)), CliJsonContext.Relaxed.QuotesJson),
                ChatCommandName.Quote,
                query,
                cancellationToken);
        });
        return command;
    }
}
