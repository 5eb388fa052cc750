namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Term positions of every statement, built with the index, for proximity evidence: two neighbouring question
/// words found close together in a statement add a bonus scaled like BM25 (their idf, less with distance).
/// </summary>
internal sealed class ProximityTable(IReadOnlyDictionary<string, int[]>[] positions, IReadOnlyDictionary<string, int> docFreq)
{
    /// <summary>Largest number of words between two neighbouring question words that still counts as a phrase.</summary>
    public const int Slop = 2;

    /// <summary>The proximity bonus of statement <paramref name="ordinal"/> for the question's word <paramref name="pairs"/>.</summary>
    public double Bonus(int ordinal, IReadOnlyList<(string First, string Second)> pairs, double boost)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0 || boost <= 0)
        {
            return 0;
        }

        var table = positions[ordinal];
        var bonus = 0.0;
        foreach (var (first, second) in pairs)
        {
            if (!table.TryGetValue(first, out var a) || !table.TryGetValue(second, out var b))
            {
                continue;
            }

            var gap = int.MaxValue;
            foreach (var x in a)
            {
                foreach (var y in b)
                {
                    gap = Math.Min(gap, Math.Abs(y - x) - 1);
                }
            }

            if (gap <= Slop)
            {
                bonus += boost * (Idf(first) + Idf(second)) / (1 + Math.Max(gap, 0));
            }
        }

        return bonus;
    }

    private double Idf(string term)
    {
        var frequency = docFreq.GetValueOrDefault(term);
        return Math.Log(1 + ((positions.Length - frequency + 0.5) / (frequency + 0.5)));
    }
}
