using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;

namespace KosovoBot.Retrieval.Answering;

/// <summary>A statement's words with the offsets where the question's terms occur, for cutting answer spans.</summary>
internal sealed partial class SentenceView
{
    private readonly List<int> _matched;

    private SentenceView(Statement statement, List<WordSpan> words, List<int> matched)
    {
        Statement = statement;
        Words = words;
        _matched = matched;
    }

    /// <summary>The statement.</summary>
    public Statement Statement { get; }

    /// <summary>The sentence.</summary>
    public string Text => Statement.Text;

    /// <summary>Its words, in order.</summary>
    public IReadOnlyList<WordSpan> Words { get; }

    /// <summary>How many words of the sentence match the question.</summary>
    public int MatchCount => _matched.Count;

    /// <summary>Cuts <paramref name="statement"/> into words and marks those whose index term the question has.</summary>
    public static SentenceView Create(Statement statement, ChainAnalyzer indexAnalyzer, IReadOnlySet<string> questionTerms) =>
        Create(statement, WordsOf(statement.Text), TokenStreams.Analyze(indexAnalyzer, statement.Text), questionTerms);

    /// <summary>As <see cref="Create(Statement, ChainAnalyzer, IReadOnlySet{string})"/> from words and tokens computed once per snapshot.</summary>
    public static SentenceView Create(
        Statement statement, List<WordSpan> words, IReadOnlyList<AnalyzedToken> tokens, IReadOnlySet<string> questionTerms)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(questionTerms);
        var matched = new List<int>();
        foreach (var token in tokens)
        {
            if (questionTerms.Contains(token.Term))
            {
                matched.Add(token.Start);
            }
        }

        return new SentenceView(statement, words, matched);
    }

    /// <summary>The word spans of <paramref name="text"/>.</summary>
    public static List<WordSpan> WordsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<WordSpan>();
        foreach (Match match in Word().Matches(text))
        {
            words.Add(new WordSpan(match.Index, match.Index + match.Length));
        }

        return words;
    }

    /// <summary>Characters from <paramref name="offset"/> to the nearest question word; large when none matched.</summary>
    public int DistanceToMatch(int offset)
    {
        var best = int.MaxValue / 2;
        foreach (var m in _matched)
        {
            best = Math.Min(best, Math.Abs(m - offset));
        }

        return best;
    }

    /// <summary>How many question words lie in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public int MatchesIn(int start, int end) => _matched.Count(m => m >= start && m < end);

    /// <summary>Index of the word starting at or containing <paramref name="offset"/>, or -1.</summary>
    public int WordAt(int offset)
    {
        for (var i = 0; i < Words.Count; i++)
        {
            if (Words[i].End > offset)
            {
                return Words[i].Start <= offset ? i : -1;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'.,\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
