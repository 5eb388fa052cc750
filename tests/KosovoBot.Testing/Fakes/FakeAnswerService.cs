using System.Collections.Concurrent;
using KosovoBot.Core.Answers;

namespace KosovoBot.Testing.Fakes;

/// <summary>Answers every question with a canned answer and records what was asked.</summary>
public sealed class FakeAnswerService(Func<string, Answer> answer) : IAnswerService
{
    /// <summary>The questions received, in order.</summary>
    public ConcurrentQueue<string> Questions { get; } = new();

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        return Task.FromResult(answer(question));
    }
}
