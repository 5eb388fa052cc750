using Lucene.Net.Analysis.Synonym;
using Microsoft.Extensions.Logging;

namespace KosovoBot.Retrieval.Analysis;

/// <summary>Builds a Lucene <see cref="SynonymMap"/> from Solr-format rules (<c>a, b, c</c> and <c>a =&gt; b</c>).</summary>
internal static class SynonymMapFactory
{
    /// <summary>
    /// Parses <paramref name="rules"/> line by line through the index chain (so rules are stemmed like the text);
    /// a line the parser refuses is logged and skipped, so one bad rule never loses the others.
    /// </summary>
    public static SynonymMap? Build(string rules, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(rules))
        {
            return null;
        }

        using var ruleAnalyzer = new ChainAnalyzer(AnalysisSteps.Index);
        var parser = new SolrSynonymParser(dedup: true, expand: true, ruleAnalyzer);
        var added = ParseLines(parser, rules, (line, reason) => Log.SynonymRuleSkipped(logger, line, reason));
        return added == 0 ? null : parser.Build();
    }

    /// <summary>
    /// Parses <paramref name="rules"/> exactly as <see cref="Build"/> does, without building the map, and returns
    /// every line the parser refuses, so the knowledge loader can refuse it with the file's name.
    /// </summary>
    /// <param name="rules">The text of the synonyms file.</param>
    /// <returns>Each refused line (1-based) and why; empty when every rule parses.</returns>
    public static IReadOnlyList<(int Line, string Reason)> FindBadRules(string rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var bad = new List<(int Line, string Reason)>();
        if (string.IsNullOrWhiteSpace(rules))
        {
            return bad;
        }

        using var ruleAnalyzer = new ChainAnalyzer(AnalysisSteps.Index);
        var parser = new SolrSynonymParser(dedup: true, expand: true, ruleAnalyzer);
        ParseLines(parser, rules, (line, reason) => bad.Add((line, reason)));
        return bad;
    }

    private static int ParseLines(SolrSynonymParser parser, string rules, Action<int, string> onBadLine)
    {
        var lineNumber = 0;
        var added = 0;
        foreach (var line in rules.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            // Lucene reports a bad rule with several exception types (parse, argument, state); all mean "skip this line".
            try
            {
                parser.Parse(new StringReader(trimmed));
                added++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The parser wraps the real reason ("term: the analyzed to a zero-length token") in a message that
                // counts lines of the one rule it was given ("Invalid synonym rule at line 1").
                onBadLine(lineNumber, ex.GetBaseException().Message);
            }
        }

        return added;
    }
}
