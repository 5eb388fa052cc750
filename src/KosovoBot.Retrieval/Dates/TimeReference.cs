namespace KosovoBot.Retrieval.Dates;

/// <summary>Which way in time the words around a date expression point.</summary>
public enum TimeReference
{
    /// <summary>Nothing in the clause says.</summary>
    Unmarked,

    /// <summary>A past tense ("said", "walked", "was", "ended").</summary>
    Past,

    /// <summary>A present tense ("is", "are", "comes").</summary>
    Present,

    /// <summary>A future or an arrangement ("will", "would", "is due", "expected to", "invited ... to").</summary>
    Future,

    /// <summary>A limit ahead: "until", "till", "by", "before" with no tense saying otherwise.</summary>
    Deadline,
}
