namespace KosovoBot.Core.Answers;

/// <summary>Answers a question from the knowledge, or declines. Transport-agnostic.</summary>
public interface IAnswerService
{
    /// <summary>Answers <paramref name="question"/> (already stripped of chat markup).</summary>
    Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken);
}
