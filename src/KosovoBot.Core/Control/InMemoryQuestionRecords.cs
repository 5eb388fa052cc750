namespace KosovoBot.Core.Control;

/// <summary>Question records and feedback in memory: for tests and for a bot run without storage.</summary>
public sealed class InMemoryQuestionRecords : IQuestionRecords, IForgettingQuestionRecords
{
    private readonly Lock _gate = new();
    private readonly List<QuestionRecord> _records = [];
    private readonly Dictionary<(string RecordId, string UserId), AnswerFeedback> _feedback = [];

    /// <inheritdoc />
    public Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _records.Add(record);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<QuestionRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.FirstOrDefault(record => record.Id == id));
        }
    }

    /// <inheritdoc />
    public Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        lock (_gate)
        {
            _feedback[(feedback.RecordId, feedback.UserId)] = feedback;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AnswerFeedback>> FeedbackForAsync(string recordId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<AnswerFeedback> found = _feedback.Values.Where(f => f.RecordId == recordId).OrderBy(f => f.At).ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GapQuestion>> ListGapsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var disliked = _feedback.Values.Where(f => !f.Helpful).Select(f => f.RecordId).ToHashSet(StringComparer.Ordinal);
            IReadOnlyList<GapQuestion> found = _records
                .Where(record => record.At >= since && (!record.Answered || disliked.Contains(record.Id)))
                .OrderBy(record => record.At)
                .Select(record => new GapQuestion(record.UnderstoodAs ?? record.Question, record.At, !record.Answered, record.Platform, record.ServerId))
                .ToList();
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var forgotten = _records.Where(record => record.At < cutoff).Select(record => record.Id).ToHashSet(StringComparer.Ordinal);
            _records.RemoveAll(record => forgotten.Contains(record.Id));
            foreach (var key in _feedback.Keys.Where(key => forgotten.Contains(key.RecordId)).ToList())
            {
                _feedback.Remove(key);
            }

            return Task.FromResult(forgotten.Count);
        }
    }
}
