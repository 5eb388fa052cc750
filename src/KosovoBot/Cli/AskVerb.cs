using System.CommandLine;
using System.Text.Json;
using KosovoBot.Cli.Json;
using KosovoBot.ConsoleChat;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Control;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Text;
using KosovoBot.Rendering;

namespace KosovoBot.Cli;

/// <summary>
/// <c>ask [--json] [--record] [QUESTION]</c>: one answer, or one answer a line of standard input. Nothing is kept unless
/// <c>--record</c> is given (so evaluations do not fill the gap report); then each question and its reply are kept as
/// the console chat keeps them, without the chat limits.
/// </summary>
internal static class AskVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create(ConsoleStreams streams)
    {
        var json = CommonOptions.Json();
        var record = new Option<bool>("--record") { Description = "Keep the questions and replies for the gap report (report gaps)." };
        var question = new Argument<string[]>("question")
        {
            Description = "The question. Without it, questions are read from standard input, one a line.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ask", "Answer a question with verbatim, attributed quotes, or decline.") { json, record, question };
        CommonOptions.RejectUnknownOptions(command, question);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(json), parse.GetValue(record), parse.GetValue(question) ?? [], streams, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool json, bool record, string[] words, ConsoleStreams streams, CancellationToken cancellationToken)
    {
        await using var session = await CliSession.OpenWithKnowledgeAsync(streams.Error);
        if (session is null || (record && !await session.OpenStorageAsync(streams.Error, cancellationToken)))
        {
            return ExitCodes.Failure;
        }

        await session.WaitForLocalModelAsync(cancellationToken);
        var answers = session.Get<ConversationAnswerer>();
        var router = session.Get<IChatRouter>();
        var keeper = record ? session.Get<QuestionGovernance>() : null;
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
                await WriteAnswerAsync(json, question, line.ConversationId, answers, router, keeper, streams.Output, cancellationToken);
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
                    Text = BotMessages.AskFailed,
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
        QuestionGovernance? keeper,
        TextWriter output,
        CancellationToken cancellationToken)
    {
        var request = new ChatRequest { Text = question, Command = ChatCommandName.Ask, Origin = ChatOrigin.Console, ConversationId = conversationId };
        if (json)
        {
            var answer = await AnswerAsync(answers, question, conversationId, cancellationToken);
            if (keeper is not null)
            {
                await keeper.KeepAsync(request with { Record = true }, ChatMarkup.Strip(question), ChatReply.FromAnswer(answer), cancellationToken);
            }

            await WriteAsync(json, question, answer, output);
            return;
        }

        // The router keeps nothing for a request without Record; the command line keeps it here, outside the chat limits.
        var reply = await router.RouteAsync(request, cancellationToken);
        if (keeper is not null)
        {
            reply = await keeper.KeepAsync(request with { Record = true }, ChatMarkup.Strip(question), reply, cancellationToken);
        }

        await output.WriteLineAsync(TerminalText.Strip(ReplyTextFormatter.Format(reply)));
        await output.WriteLineAsync();
    }

    private static Task WriteAsync(bool json, string question, ConversationAnswer answer, TextWriter output) =>
        json
            ? output.WriteLineAsync(JsonSerializer.Serialize(JsonMapper.ToJson(question, answer.Answer, answer.Reading ?? answer.UnderstoodAs), CliJsonContext.Relaxed.AskJson))
            : output.WriteLineAsync(answer.Answer.Text + Environment.NewLine);

    private static Task WriteErrorAsync(bool json, string error, TextWriter output) =>
        json
            ? output.WriteLineAsync(JsonSerializer.Serialize(new ErrorJson(error), CliJsonContext.Relaxed.ErrorJson))
            : output.WriteLineAsync(BotText.Format(BotMessages.AskUnreadableLine, error) + Environment.NewLine);

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
                    Text = BotMessages.AskEmptyQuestion,
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
