using KosovoBot.Retrieval.Analysis;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Generic English vocabulary of questions, in two tiers. Function words (question words, auxiliaries, pronouns,
/// chat fillers) are not searched. Soft words (frame nouns such as "city" or "number", common verbs and
/// adjectives) are searched and count as evidence when the knowledge has them, but their absence from the
/// knowledge is no reason to decline. Nothing here is about a particular article.
/// </summary>
internal static class QuestionVocabulary
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "who", "whom", "whose", "what", "whats", "when", "where", "wheres", "why", "how", "which", "whos", "hows",
        "whens", "wat", "wut", "is", "are", "am", "was", "were", "be", "been", "being", "do", "does", "did",
        "doing", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "has", "have", "had",
        "having", "isnt", "arent", "wasnt", "dont", "doesnt", "didnt", "wont", "cant", "im", "ive", "id", "ill",
        "i", "me", "my", "you", "your", "yours", "we", "us", "our", "they", "them", "their", "he", "him", "his",
        "she", "her", "it", "its", "this", "that", "these", "those", "there", "here", "the", "a", "an", "of", "in",
        "on", "at", "to", "for", "by", "with", "about", "into", "onto", "and", "or", "but", "so", "if", "then",
        "than", "as", "any", "some", "all", "anything", "something", "anyone", "someone", "very", "really", "just",
        "also", "too", "ever", "exactly", "actually", "much", "many", "few", "lot", "lots", "else", "such", "yes",
        "hi", "hey", "hello", "thanks", "thank", "bot", "ok", "okay", "well", "u", "ur", "r", "y", "ya", "yo",
        "pls", "plz", "please", "btw", "lol", "tell", "told", "know", "say", "says", "said", "summarize",
        "summarise", "summary", "tl", "dr", "tldr", "gist", "overview", "rundown",
    };

    private static readonly string[] SoftWords =
    [
        // frame nouns: the kind of answer wanted
        "city", "town", "place", "country", "location", "date", "day", "time", "year", "month", "week", "number",
        "organisation", "organization", "agency", "institution", "body", "group", "job", "role", "title", "post",
        "headline", "piece", "source", "figure", "line", "sentence", "brief", "briefly", "short", "nutshell", "words",
        "point", "points", "side", "sides", "view", "position", "compared", "compare", "versus", "vs", "refer",
        "refers", "supposed", "basically", "totally", "sorted", "actually",
        "amount", "name", "person", "people", "kind", "sort", "type", "reason", "thing", "way", "part", "whole",
        "article", "news", "story", "report", "question", "issue", "matter", "problem", "situation", "case",
        "point", "fact", "detail", "info", "information", "update", "status", "happen", "happened", "happening",
        // common verbs, with irregular forms the stemmer does not join
        "get", "got", "gotten", "make", "made", "go", "went", "gone", "going", "take", "took",
        "taken", "see", "saw", "seen", "come", "came", "think", "thought", "look", "want", "give", "gave",
        "given", "use", "find", "found", "ask", "work", "seem", "feel", "felt", "try", "leave", "left", "call",
        "need", "become", "became", "put", "mean", "meant", "keep", "kept", "let", "begin", "began", "begun",
        "show", "hear", "heard", "play", "run", "ran", "move", "like", "live", "believe", "hold", "held",
        "bring", "brought", "write", "wrote", "written", "provide", "sit", "stand", "stood", "lose", "lost",
        "pay", "paid", "meet", "met", "include", "continue", "set", "learn", "change", "lead", "led",
        "understand", "watch", "follow", "stop", "create", "read", "allow", "add", "spend",
        "spent", "grow", "grew", "open", "walk", "win", "won", "offer", "remember", "consider", "appear", "buy",
        "bought", "serve", "send", "sent", "expect", "build", "built", "fall", "fell", "cut", "reach", "raise",
        "pass", "require", "decide", "pull", "happen", "arrive", "arrived", "enter", "entered", "return", "end", "ended", "start", "started", "plan", "hope",
        "talk", "mention", "mentioned", "explain", "describe", "discuss", "announce", "state", "claim", "think",
        "doing", "done", "able", "getting", "conclude", "concluded", "confirm", "indicate", "note", "argue",
        "insist", "stress", "admit", "reveal", "believe", "feel",
        // common adjectives and adverbs
        "ready", "possible", "likely", "current", "currently", "new", "old", "big", "small", "large", "good", "bad",
        "main", "major", "important", "real", "sure", "true", "right", "wrong", "different", "same", "next",
        "last", "first", "latest", "recent", "recently", "now", "still", "again", "soon", "later", "already",
        "more", "most", "less", "other", "another", "own", "not", "no", "up", "out", "over", "off", "down",
        "exact", "according", "again", "long", "far", "near", "early", "late", "truly", "definitely", "certainly",
        "probably", "possibly", "basically", "seriously", "honestly", "even", "finally", "anyway", "right now",
        "exactly", "quite", "pretty", "kind of", "sort of", "maybe", "perhaps", "any more", "anymore", "yet",
    ];

    private static readonly Lazy<HashSet<string>> SoftStems = new(static () =>
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Plain | AnalysisSteps.Stem);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in SoftWords)
        {
            stems.UnionWith(TokenStreams.Terms(analyzer, word));
        }

        return stems;
    });

    private static readonly HashSet<string> SoftSet = new(SoftWords, StringComparer.Ordinal);

    /// <summary>The function words of questions (auxiliaries, question words, pronouns) that short typos are corrected towards.</summary>
    public static IReadOnlyList<string> CommonWords { get; } =
        [.. Function.Where(static w => w.Length >= 3).Order(StringComparer.Ordinal)];

    /// <summary>True for a word of the generic question vocabulary (function or soft).</summary>
    public static bool IsQuestionWord(string word) => Function.Contains(word) || SoftSet.Contains(word);

    /// <summary>The tier of a plain (lower case, folded) word whose index stem is <paramref name="stem"/>.</summary>
    public static WordTier TierOf(string word, string? stem)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Function.Contains(word) || word.Length == 1 || stem is null)
        {
            return WordTier.Function;
        }

        return SoftStems.Value.Contains(stem) || SoftSet.Contains(word) ? WordTier.Soft : WordTier.Content;
    }
}
