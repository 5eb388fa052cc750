namespace KosovoBot.Retrieval.Dates;

/// <summary>
/// General English words that tell which way in time a clause points. Nothing about any article: auxiliaries,
/// irregular past forms and verbs of arrangement.
/// </summary>
internal static class TenseVocabulary
{
    /// <summary>Words that put a clause in the future on their own.</summary>
    public static readonly HashSet<string> Future = new(StringComparer.Ordinal)
    {
        "will", "shall", "would", "'ll", "’ll", "won't", "won’t", "wouldn't", "wouldn’t", "going", "due", "upcoming",
        "scheduled", "planned", "proposed", "expected", "soon", "later", "ahead", "forthcoming", "next", "tomorrow",
    };

    /// <summary>Verbs of arrangement or intention: future when "to" or "for" follows them before the date ("invited both sides to a meeting on Thursday").</summary>
    public static readonly HashSet<string> Prospective = new(StringComparer.Ordinal)
    {
        "invite", "invites", "invited", "call", "calls", "called", "summon", "summons", "summoned", "convene", "convenes",
        "convened", "schedule", "schedules", "set", "plan", "plans", "agree", "agrees", "agreed", "promise", "promises",
        "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "threaten", "threatens", "threatened", "hope",
        "hopes", "hoped", "want", "wants", "wanted", "intend", "intends", "intended", "aim", "aims", "aimed", "prepare",
        "prepares", "prepared", "ready", "likely", "asked", "urged", "urge", "urges", "decided", "decide", "decides",
        "expect", "expects", "is", "are", "was", "were", "able", "set", "seeks", "sought", "seek", "tries", "tried", "try",
    };

    /// <summary>Past forms that do not end in -ed, and past auxiliaries.</summary>
    public static readonly HashSet<string> Past = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "said", "told", "ago", "earlier", "yesterday", "began", "came", "went", "met", "held",
        "left", "took", "made", "gave", "sent", "broke", "fell", "rose", "won", "lost", "spoke", "wrote", "ran", "saw",
        "found", "brought", "kept", "stood", "struck", "heard", "paid", "sold", "built", "led", "fled", "felt", "became",
        "chose", "drove", "flew", "got", "grew", "knew", "meant", "rode", "sat", "shook", "shot", "spent", "stole",
        "taught", "thought", "threw", "understood", "woke", "withdrew", "wasn't", "wasn’t", "weren't", "weren’t",
        "didn't", "didn’t", "hadn't", "hadn’t", "overnight", "previously", "already", "begun", "done", "gone", "seen",
    };

    /// <summary>Present forms.</summary>
    public static readonly HashSet<string> Present = new(StringComparer.Ordinal)
    {
        "is", "are", "am", "isn't", "isn’t", "aren't", "aren’t", "comes", "remains", "continues", "begins", "starts",
        "ends", "runs", "lasts", "stays", "holds", "takes", "opens", "closes", "resumes", "meets", "goes", "says",
    };

    /// <summary>Prepositions that set a limit ahead when no tense says otherwise.</summary>
    public static readonly HashSet<string> Limits = new(StringComparer.Ordinal) { "until", "till", "by", "before", "through" };

    /// <summary>Words that end a clause when reading away from a date.</summary>
    public static readonly HashSet<string> ClauseBoundaries = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "while", "although", "though", "because", "but", "and", "unless", "if",
        "whereas", "where",
    };

    /// <summary>-ed words that are not past tenses in news copy.</summary>
    public static readonly HashSet<string> NotPast = new(StringComparer.Ordinal)
    {
        "need", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "indeed", "breed", "greed", "proceed",
        "exceed", "succeed", "embed", "weed",
    };
}
