namespace KosovoBot.Retrieval.Analysis;

/// <summary>The three analysis chains of one index.</summary>
/// <param name="Index">Statements are indexed with it.</param>
/// <param name="Query">Questions are analysed with it (the index chain plus synonyms).</param>
/// <param name="Plain">Words as typed (for vocabulary, names and spelling correction).</param>
internal sealed record AnalyzerSet(ChainAnalyzer Index, ChainAnalyzer Query, ChainAnalyzer Plain) : IDisposable
{
    /// <inheritdoc />
    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
        Plain.Dispose();
    }
}
