using System.Threading.Channels;
using KosovoBot.Core.Control;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Question records in memory that also signal each feedback as it is kept, so a test can await it.</summary>
internal sealed class SignalingQuestionRecords : IQuestionRecords
{
    private readonly InMemoryQuestionRecords _inner = new();
    private readonly Channel<AnswerFeedback> _feedback = Channel.CreateUnbounded<AnswerFeedback>();

    /// <summary>Every feedback as it is kept.</summary>
    public ChannelReader<AnswerFeedback> Feedback => _feedback.Reader;

    public Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken) => _inner.RecordAsync(record, cancellationToken);

    public Task<QuestionRecord?> FindAsync(string id, CancellationToken cancellationToken) => _inner.FindAsync(id, cancellationToken);

    public async Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        await _inner.RecordFeedbackAsync(feedback, cancellationToken);
        _feedback.Writer.TryWrite(feedback);
    }

    public Task<IReadOnlyList<AnswerFeedback>> FeedbackForAsync(string recordId, CancellationToken cancellationToken) =>
        _inner.FeedbackForAsync(recordId, cancellationToken);

    public Task<IReadOnlyList<GapQuestion>> ListGapsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        _inner.ListGapsAsync(since, cancellationToken);
}
