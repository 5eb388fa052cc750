namespace KosovoBot.Retrieval.Search;

/// <summary>
/// The fixed weights of the lexical query, in one place (the configurable ones are in <see cref="RetrievalOptions"/>;
/// the answerer's are in <c>AnswerWeights</c>).
/// </summary>
internal static class SearchWeights
{
    /// <summary>How much the other terms of a word (its synonyms) add to its best one (Lucene's dis-max tie breaker).</summary>
    public const float SynonymTieBreaker = 0.1f;

    /// <summary>A generic word ("city", "happen") weighs this much of a content word.</summary>
    public const float SoftWord = 0.5f;

    /// <summary>A word naming the speaker of a what-did-X-say question, in the text (it is who, not what).</summary>
    public const float SpeakerNamedInText = 0.4f;

    /// <summary>A word naming the speaker of a what-did-X-say question, in the speaker field.</summary>
    public const float SpeakerNamedInWho = 1.5f;

    /// <summary>Any other word in the speaker field.</summary>
    public const float Who = 0.8f;

    /// <summary>A word in the byline frames (author, outlet, dateline).</summary>
    public const float Meta = 0.8f;

    /// <summary>A spelling correction from the knowledge's vocabulary weighs this much of the word itself.</summary>
    public const float Correction = 0.8f;
}
