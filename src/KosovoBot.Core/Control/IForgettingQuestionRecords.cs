namespace KosovoBot.Core.Control;

/// <summary>Question records that can forget the questions asked before a time, with the feedback on them.</summary>
public interface IForgettingQuestionRecords
{
    /// <summary>Deletes the records asked before <paramref name="cutoff"/> and their feedback; returns how many records went.</summary>
    Task<int> ForgetBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
