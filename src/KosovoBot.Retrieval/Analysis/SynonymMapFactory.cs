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
                Log.SynonymRuleSkipped(logger, lineNumber, ex.Message);
            }
        }

        return added == 0 ? null : parser.Build();
    }
}
