namespace KosovoBot.Retrieval.Search;

/// <summary>How much a question word says about what the question is about.</summary>
internal enum WordTier
{
    /// <summary>Question words, auxiliaries, pronouns, stop words: not searched.</summary>
    Function,

    /// <summary>Generic words (frame nouns, common verbs): searched, counted only when the knowledge has them.</summary>
    Soft,

    /// <summary>Content words: searched, and the knowledge must have them to answer.</summary>
    Content,
}
