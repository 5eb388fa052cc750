namespace KosovoBot.Core.Control;

/// <summary>A 👍 or 👎 on a recorded answer, with the 👎 form's choice and text when given.</summary>
/// <param name="RecordId">The <see cref="QuestionRecord.Id"/> the buttons carried.</param>
/// <param name="UserId">Who gave it.</param>
/// <param name="Helpful">True for 👍.</param>
/// <param name="Problem">The form's choice, or null (👍, or the form not sent yet).</param>
/// <param name="Comment">The form's free text, or null.</param>
/// <param name="At">When it was given.</param>
public sealed record AnswerFeedback(string RecordId, string UserId, bool Helpful, FeedbackProblem? Problem, string? Comment, DateTimeOffset At);
