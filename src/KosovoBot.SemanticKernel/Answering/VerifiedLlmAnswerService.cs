using System.Globalization;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KosovoBot.SemanticKernel.Answering;

/// <summary>
/// Decorates the extractive answerer with a model that phrases the answer, and never lets the model decide
/// what is quoted. The extractive answer comes first: when it declines (out of scope), the model is not called.
/// Otherwise the model gets the numbered retrieved statements and the question; its reply is verified
/// (<see cref="ReplyVerifier"/>) and any failure, timeout or endpoint error shows the extractive answer. The
/// quotes shown are always the stored statements the reply cites.
/// </summary>
public sealed class VerifiedLlmAnswerService(
    IAnswerService extractive,
    IStatementSearch search,
    IChatCompletionService chat,
    IOptions<LlmOptions> options,
    TimeProvider timeProvider,
    ILogger<VerifiedLlmAnswerService> logger) : IAnswerService
{
    /// <summary>The most quotes shown under one answer.</summary>
    public const int MaxCitations = 3;

    /// <summary>The text of a decline when the model finds that the statements do not answer the question.</summary>
    public static string DeclineText => BotMessages.LlmDecline;

    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var fallback = await extractive.AnswerAsync(question, cancellationToken);
        if (!fallback.Answered)
        {
            return fallback;
        }

        var settings = options.Value;
        var statements = await GatherAsync(question, fallback, settings.MaxStatements, cancellationToken);
        var content = await AskModelAsync(question, statements, settings, cancellationToken);
        if (content is null)
        {
            return fallback;
        }

        var verdict = ReplyVerifier.Verify(content, [.. statements.Select(s => s.Text)], [.. statements.Select(DateContext)]);
        if (verdict.Fallback is { } reason)
        {
            Log.ModelReplyRejected(logger, reason);
            return fallback;
        }

        if (verdict.Declined)
        {
            Log.ModelDeclined(logger);
            return new Answer
            {
                Question = fallback.Question,
                Answered = false,
                Text = DeclineText,
                Confidence = 0,
                Citations = fallback.Citations,
                Declined = DeclineReason.ModelDeclined,
            };
        }

        Log.ModelAnswered(logger, verdict.Cited.Count);
        return fallback with
        {
            Text = verdict.AnswerText!,
            Citations = [.. verdict.Cited.Take(MaxCitations).Select(i => Citation.Of(statements[i]))],
        };
    }

    /// <summary>
    /// The statements the extractive answer's search found (searching only when it made none), then any it cites
    /// that are not among them.
    /// </summary>
    private async Task<List<Statement>> GatherAsync(string question, Answer fallback, int max, CancellationToken cancellationToken)
    {
        var found = fallback.Candidates.Count > 0 ? fallback.Candidates : await search.SearchAsync(question, max, cancellationToken);
        var statements = found.Take(max).Select(s => s.Statement).ToList();
        foreach (var citation in fallback.Citations)
        {
            if (!statements.Exists(s => s.Id == citation.Statement.Id))
            {
                statements.Add(citation.Statement);
            }
        }

        return statements;
    }

    /// <summary>
    /// The dates a statement names, as a person reads them and in ISO form, plus its article's date: the numbers an
    /// answer may take from them ("Monday" is December 10, 2007) without the statement writing them.
    /// </summary>
    private static string DateContext(Statement statement) =>
        string.Join(' ', statement.Dates.Select(d => $"{d.Date.Describe()} {d.Date.ToIsoString()}")
            .Append(statement.Source.Published.ToString("MMMM d, yyyy yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>The model's reply text, or null (logged) when it timed out or the endpoint failed.</summary>
    private async Task<string?> AskModelAsync(
        string question, IReadOnlyList<Statement> statements, LlmOptions settings, CancellationToken cancellationToken)
    {
        var execution = new OpenAIPromptExecutionSettings
        {
            Temperature = 0,
            MaxTokens = settings.MaxTokens,
            ResponseFormat = "json_object",
        };

        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var reply = await chat.GetChatMessageContentAsync(
                AnswerPrompt.Build(question, statements), execution, kernel: null, linked.Token);
            return reply.Content ?? string.Empty;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.ModelTimedOut(logger, settings.Timeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The model is optional and must never fail an answer: whatever the endpoint or the connector threw
            // (an HTTP error, an unreachable host, a body not in the OpenAI format), it is logged and the
            // extractive answer stands.
            if (timeout.IsCancellationRequested)
            {
                Log.ModelTimedOut(logger, settings.Timeout);
                return null;
            }

            Log.ModelFailed(logger, EndpointError.Describe(ex));
        }

        return null;
    }
}
