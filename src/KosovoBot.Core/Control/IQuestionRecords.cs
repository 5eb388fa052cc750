namespace KosovoBot.Core.Control;

/// <summary>The questions asked in chat with their replies, and the feedback on them.</summary>
public interface IQuestionRecords
{
    /// <summary>Keeps <paramref name="record"/>.</summary>
    Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken);

    /// <summary>The record with <paramref name="id"/>, or null when there is none.</summary>
    Task<QuestionRecord?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="feedback"/>; a user's later feedback on the same answer replaces the earlier one.</summary>
    Task RecordFeedbackAsync(AnswerFeedback feedback, CancellationToken cancellationToken);

    /// <summary>The feedback given on the record with <paramref name="recordId"/>.</summary>
    Task<IReadOnlyList<AnswerFeedback>> FeedbackForAsync(string recordId, CancellationToken cancellationToken);

    /// <summary>Declined questions and answers given a 👎 since <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<GapQuestion>> ListGapsAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
