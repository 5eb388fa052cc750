using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace KosovoBot.Retrieval.Analysis;

/// <summary>
/// The analysis chain as small steps: standard tokenizer, English possessive removal, lower case, ASCII folding,
/// stop words, Porter stemming and, on the query side, synonyms. Synonyms run after stemming and their rules are
/// parsed through the same chain, so one rule covers every inflection ("soldier" matches "soldiers").
/// </summary>
internal sealed class ChainAnalyzer : Analyzer
{
    /// <summary>The Lucene compatibility version the chain is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly AnalysisSteps _steps;
    private readonly SynonymMap? _synonyms;

    /// <summary>Creates the chain with <paramref name="steps"/>; <paramref name="synonyms"/> is used when the steps include synonyms.</summary>
    public ChainAnalyzer(AnalysisSteps steps, SynonymMap? synonyms = null)
    {
        _steps = steps;
        _synonyms = synonyms;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = tokenizer;
        if (Has(AnalysisSteps.Possessive))
        {
            stream = new EnglishPossessiveFilter(Version, stream);
        }

        if (Has(AnalysisSteps.LowerCase))
        {
            stream = new LowerCaseFilter(Version, stream);
        }

        if (Has(AnalysisSteps.Fold))
        {
            stream = new ASCIIFoldingFilter(stream);
        }

        if (Has(AnalysisSteps.StopWords))
        {
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        }

        if (Has(AnalysisSteps.Stem))
        {
            stream = new PorterStemFilter(stream);
        }

        if (Has(AnalysisSteps.Synonyms) && _synonyms is { Fst: not null })
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private bool Has(AnalysisSteps step) => (_steps & step) == step;
}
