using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Conversations;
using KosovoBot.Rendering;

namespace KosovoBot.Cli;

/// <summary><c>ask [--json] [QUESTION]</c>: one answer, or one answer a line of standard input.</summary>
internal static class AskVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var json = CommonOptions.Json();
        var question = new Argument<string[]>("question")
        {
            Description = "The question. Without it, questions are read from standard input, one a line.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ask", "Answer a question with verbatim, attributed quotes, or decline.") { json, question };
        CommonOptions.RejectUnknownOptions(command, question);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(json), parse.GetValue(question) ?? [], streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool json, string[] words, ConsoleStreams streams, CancellationToken cancellationToken)
    {
        await using var session = await CliSession.OpenWithKnowledgeAsync(streams.Error);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        await session.WaitForLocalModelAsync(cancellationToken);
        var answers = session.Get<ConversationAnswerer>();
        var router = session.Get<IChatRouter>();
        var failed = 0;
        await foreach (var text in Questions(words, streams.Input, cancellationToken))
        {
            // A JSON line is a turn of a conversation; a plain line stands alone, as before.
            var line = words.Length > 0 ? new BatchLine(text, null, null) : BatchLine.Parse(text);
            if (line.Error is { } error)
            {
                await WriteErrorAsync(json, error, streams.Output);
                await streams.Output.FlushAsync(cancellationToken);
                continue;
            }

            var question = line.Question!;
            try
            {
                await WriteAnswerAsync(json, question, line.ConversationId, answers, router, streams.Output, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failing question must not cost the batch its other answers, their order or its exit code: the
                // caller gets one line for it that says so ("declined": "error"), and the cause goes to standard error.
                failed++;
                await streams.Error.WriteLineAsync($"Question {failed} of the batch failed: {ex.GetType().Name}: {ex.Message}");
                var failure = new Answer
                {
                    Question = question,
                    Answered = false,
                    Text = "Sorry, something went wrong answering that.",
                    Confidence = 0,
                    Declined = DeclineReason.Error,
                };
                await WriteAsync(json, question, new ConversationAnswer(failure, null), streams.Output);
            }

            // Batch callers read one line per question as it comes: one flush per answer (the verbs' output is not
            // flushed on every write).
            await streams.Output.FlushAsync(cancellationToken);
        }

        return ExitCodes.Success;
    }

    private static async Task WriteAnswerAsync(
        bool json,
        string question,
        string? conversationId,
        ConversationAnswerer answers,
        IChatRouter router,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        if (json)
        {
            await WriteAsync(json, question, await AnswerAsync(answers, question, conversationId, cancellationToken), output);
            return;
        }

        var request = new ChatRequest { Text = question, Command = ChatCommandName.Ask, Origin = ChatOrigin.Console, ConversationId = conversationId };
        await output.WriteLineAsync(TerminalText.Strip(ReplyTextFormatter.Format(await router.RouteAsync(request, cancellationToken))));
        await output.WriteLineAsync();
    }

    private static Task WriteAsync(bool json, string question, ConversationAnswer answer, TextWriter output) =>
        json
            ? output.WriteLineAsync(JsonSerializer.Serialize(JsonMapper.ToJson(question, answer.Answer, answer.UnderstoodAs), CliJsonContext.Relaxed.AskJson))
            : output.WriteLineAsync(answer.Answer.Text + Environment.NewLine);

    private static Task WriteErrorAsync(bool json, string error, TextWriter output) =>
        json
            ? output.WriteLineAsync(JsonSerializer.Serialize(new ErrorJson(error), CliJsonContext.Relaxed.ErrorJson))
            : output.WriteLineAsync($"That line could not be read: {error}{Environment.NewLine}");

    private static async Task<ConversationAnswer> AnswerAsync(
        ConversationAnswerer answers, string question, string? conversationId, CancellationToken cancellationToken)
    {
        var cleaned = ChatMarkup.Strip(question);
        return cleaned.Length == 0
            ? new ConversationAnswer(
                new Answer
                {
                    Question = question,
                    Answered = false,
                    Text = "That was an empty question; ask me about the news in my articles.",
                    Confidence = 0,
                    Declined = DeclineReason.EmptyQuestion,
                },
                null)
            : await answers.AnswerAsync(conversationId, cleaned, cancellationToken);
    }

    private static async IAsyncEnumerable<string> Questions(
        string[] words, TextReader input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (words.Length > 0)
        {
            yield return string.Join(' ', words);
            yield break;
        }

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            yield return line;
        }
    }
}
