using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace KosovoBot.Retrieval.Analysis;

/// <summary>Runs an analyzer over a string and collects its tokens.</summary>
internal static class TokenStreams
{
    /// <summary>The tokens <paramref name="analyzer"/> makes of <paramref name="text"/>, in order.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        var increments = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increments.PositionIncrement;
            tokens.Add(new AnalyzedToken(
                term.ToString(),
                Math.Max(position, 0),
                offsets.StartOffset,
                offsets.EndOffset,
                string.Equals(type.Type, SynonymFilter.TYPE_SYNONYM, StringComparison.Ordinal)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Only the terms of <see cref="Analyze"/>.</summary>
    public static List<string> Terms(Analyzer analyzer, string text) =>
        Analyze(analyzer, text).ConvertAll(static t => t.Term);
}
