using KosovoBot.Core.Answers;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>The extractive answerer stand-in: answers with the best statement when the search finds one, else declines.</summary>
internal sealed class FakeAnswerService(IStatementSearch search) : IAnswerService
{
    public const string AnsweredText = "Extractive answer.";
    public const string DeclinedText = "The article does not cover that.";

    public int Calls { get; private set; }

    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        Calls++;
        var best = await search.SearchAsync(question, 1, cancellationToken);
        return best.Count == 0
            ? new Answer { Question = question, Answered = false, Text = DeclinedText, Confidence = 0.1 }
            : new Answer
            {
                Question = question,
                Answered = true,
                Text = AnsweredText,
                Confidence = 0.8,
                Citations = [Citation.Of(best[0].Statement)],
            };
    }
}
