namespace KosovoBot.Retrieval.Search;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), bounded for speed.</summary>
internal static class EditDistance
{
    private const int MaxLength = 64;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are at most <paramref name="max"/> edits apart.</summary>
    public static bool Within(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max || a.Length > MaxLength || b.Length > MaxLength)
        {
            return false;
        }

        // Three rolling rows: i-2 (for swaps), i-1 and i.
        Span<int> buffer = stackalloc int[3 * (MaxLength + 1)];
        var width = b.Length + 1;
        for (var j = 0; j < width; j++)
        {
            buffer[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var current = buffer.Slice(i % 3 * width, width);
            var previous = buffer.Slice((i + 2) % 3 * width, width);
            var beforePrevious = buffer.Slice((i + 1) % 3 * width, width);
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return false;
            }
        }

        return buffer[(a.Length % 3 * width) + b.Length] <= max;
    }
}
