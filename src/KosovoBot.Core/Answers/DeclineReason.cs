namespace KosovoBot.Core.Answers;

/// <summary>Why a question was declined: what the knowledge lacks, or why the question cannot be answered.</summary>
public enum DeclineReason
{
    /// <summary>The question has no word to search for ("🤔🤔🤔", "hi").</summary>
    NoContentWords,

    /// <summary>No statement shares a word or meaning with the question.</summary>
    NoMatch,

    /// <summary>The best statement's confidence is below <c>Retrieval:AbstainBelow</c>.</summary>
    LowConfidence,

    /// <summary>The question names a person, body, place, number or date the knowledge does not contain.</summary>
    UnknownName,

    /// <summary>The question names another holder of a role the knowledge knows ("the UN secretary general").</summary>
    OtherRoleHolder,

    /// <summary>The best statement lacks a name the question gives.</summary>
    NameMissing,

    /// <summary>A how-many question and no number in the knowledge answers it.</summary>
    NoNumber,

    /// <summary>A when question and no date in the knowledge answers it.</summary>
    NoDate,

    /// <summary>The question asks what someone said and the best statement is not theirs.</summary>
    NotTheirWords,

    /// <summary>The question asks for something the article does not give about what it names (an age, a nationality, a capital).</summary>
    AttributeMissing,

    /// <summary>The knowledge holds no statements.</summary>
    NoKnowledge,

    /// <summary>The question was empty after chat markup was removed.</summary>
    EmptyQuestion,

    /// <summary>Answering failed; the error is logged.</summary>
    Error,

    /// <summary>A language model found that the statements do not answer the question.</summary>
    ModelDeclined,
}
