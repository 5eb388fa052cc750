using KosovoBot.Retrieval.Analysis;

namespace KosovoBot.Retrieval.Tests.Analysis;

public sealed class ChainAnalyzerTests
{
    [Fact]
    public void Analyze_TokenizerOnly_KeepsCaseAndPunctuationFreeWords()
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.None);

        Assert.Equal(["NATO's", "16,000", "troops"], TokenStreams.Terms(analyzer, "NATO's 16,000 troops."));
    }

    [Fact]
    public void Analyze_Possessive_DropsApostropheS()
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Possessive | AnalysisSteps.LowerCase);

        Assert.Equal(["nato", "peacekeepers", "role"], TokenStreams.Terms(analyzer, "NATO's peacekeepers' role"));
    }

    [Fact]
    public void Analyze_LowerCase_LowersEveryToken()
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.LowerCase);

        Assert.Equal(["kfor", "brussels"], TokenStreams.Terms(analyzer, "KFOR Brussels"));
    }

    [Theory]
    [InlineData("Kosovë", "kosove")]
    [InlineData("Çelik", "celik")]
    [InlineData("Priština", "pristina")]
    [InlineData("Barić", "baric")]
    public void Analyze_Fold_FoldsDiacriticsToAscii(string word, string expected)
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Plain);

        Assert.Equal([expected], TokenStreams.Terms(analyzer, word));
    }

    [Fact]
    public void Analyze_StopWords_RemovesEnglishStopWords()
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Plain | AnalysisSteps.StopWords);

        Assert.Equal(["peacekeepers", "kosovo"], TokenStreams.Terms(analyzer, "the peacekeepers are in Kosovo"));
    }

    [Theory]
    [InlineData("soldiers", "soldier")]
    [InlineData("independence", "independent")]
    [InlineData("peacekeepers", "peacekeeping")]
    [InlineData("reinforcements", "reinforcement")]
    [InlineData("mediators", "mediation")]
    public void Analyze_Stem_JoinsInflectionsAndDerivations(string first, string second)
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Index);

        Assert.Equal(TokenStreams.Terms(analyzer, first), TokenStreams.Terms(analyzer, second));
    }

    [Fact]
    public void Analyze_QueryChain_AddsSynonymAtSamePositionAsWord()
    {
        var map = SynonymMapFactory.Build("troops, soldiers", Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Query, map);

        var tokens = TokenStreams.Analyze(analyzer, "troops");

        Assert.Contains(tokens, static t => t.Term == "soldier");
        Assert.All(tokens, static t => Assert.Equal(0, t.Position));
    }

    [Fact]
    public void Analyze_IndexChain_DoesNotExpandSynonyms()
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Index);

        Assert.Equal(["troop"], TokenStreams.Terms(analyzer, "troops"));
    }
}
