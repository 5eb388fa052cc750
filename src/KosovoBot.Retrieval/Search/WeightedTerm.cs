namespace KosovoBot.Retrieval.Search;

/// <summary>An index term a question word stands for, with the weight it searches with.</summary>
/// <param name="Term">The analysed term.</param>
/// <param name="Weight">1 for the word itself; less for a synonym or a spelling correction.</param>
internal readonly record struct WeightedTerm(string Term, float Weight);
