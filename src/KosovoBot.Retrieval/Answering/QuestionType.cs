namespace KosovoBot.Retrieval.Answering;

/// <summary>What kind of answer a question wants.</summary>
internal enum QuestionType
{
    /// <summary>Anything else: a clause of the best sentence.</summary>
    What,

    /// <summary>A person or body.</summary>
    Who,

    /// <summary>A date.</summary>
    When,

    /// <summary>A place.</summary>
    Where,

    /// <summary>A number or size.</summary>
    Quantity,

    /// <summary>A reason.</summary>
    Why,

    /// <summary>A yes or no, answered with the clause that settles it.</summary>
    YesNo,

    /// <summary>The job or role of a person the question names.</summary>
    Role,
}
