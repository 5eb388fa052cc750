namespace KosovoBot.Retrieval.Search;

/// <summary>A question analysed against one knowledge snapshot: its words, their index terms and dates, and how much of it the knowledge covers.</summary>
/// <param name="Question">The question, chat markup removed.</param>
/// <param name="Words">Every word, in order; words of a date expression are flagged.</param>
/// <param name="Dates">Dates the question names.</param>
/// <param name="DatesCovered">True when some statement names one of <paramref name="Dates"/>.</param>
internal sealed record QueryPlan(string Question, IReadOnlyList<QueryWord> Words, IReadOnlyList<QuestionDate> Dates, bool DatesCovered)
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "said", "says", "tell", "told", "warn", "warned", "speak", "speaks", "spoke", "quote", "quoted", "according",
        "comment", "commented", "think", "thinks", "call", "called", "calls", "describe", "described", "describes",
        "mention", "mentioned", "mentions",
    };

    /// <summary>True when the question asks what someone said ("what did the spokesman say about ...").</summary>
    public bool AsksAboutSpeech => Words.Any(static w => SpeechVerbs.Contains(w.Surface));

    /// <summary>Words that count towards coverage (see <see cref="QueryWord.IsKey"/>).</summary>
    public IEnumerable<QueryWord> KeyWords => Words.Where(static w => w.IsKey);

    /// <summary>Key words the knowledge has nothing for, plus one per uncovered date.</summary>
    public int UncoveredCount => KeyWords.Count(static w => !w.Covered) + (Dates.Count > 0 && !DatesCovered ? 1 : 0);

    /// <summary>Key words plus one for the dates.</summary>
    public int KeyCount => KeyWords.Count() + (Dates.Count > 0 ? 1 : 0);

    /// <summary>True when a name, number or date the user gave is not in the knowledge.</summary>
    public bool SalientUncovered =>
        KeyWords.Any(static w => w.Salient && !w.Covered) || (Dates.Count > 0 && !DatesCovered);
}
