using System.Numerics.Tensors;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Core.Control;

/// <summary>
/// The gap report for curators: the questions declined and the answers given a 👎 since a time, grouped by meaning
/// (by the embedding model when one is registered, by shared words otherwise), largest group first, each with its
/// count, a few wordings and the nearest article paragraph.
/// </summary>
public sealed class GapReport
{
    /// <summary>The most wordings a group shows.</summary>
    public const int MaxExamples = 3;

    // Two questions mean the same when their query vectors are this close (cosine), or, without a model, share this much
    // of their words (Dice). Measured on the local model: paraphrases 0.90-0.99, other questions about one thing 0.70-0.89.
    private const float SameMeaning = 0.9f;
    private const double SameWords = 0.6;

    private readonly IQuestionRecords _records;
    private readonly IStatementSearch? _search;
    private readonly GapEmbeddings? _embeddings;
    private readonly ILogger _logger;

    /// <summary>Creates the report over the records; without <paramref name="embeddings"/> it groups by shared words alone.</summary>
    public GapReport(
        IQuestionRecords records,
        IStatementSearch? search = null,
        GapEmbeddings? embeddings = null,
        ILogger<GapReport>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        _records = records;
        _search = search;
        _embeddings = embeddings;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The groups of gaps since <paramref name="since"/> on every platform and server, largest first.</summary>
    public Task<IReadOnlyList<GapGroup>> BuildAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        BuildAsync(since, null, cancellationToken);

    /// <summary>
    /// The groups of gaps since <paramref name="since"/> asked where <paramref name="filter"/> looks (everywhere when
    /// null), largest first (the most recent first among equals). Each wording is the one a curator can read: a
    /// follow-up's standalone reading without the rewriter's " (context: ...)" tail.
    /// </summary>
    public async Task<IReadOnlyList<GapGroup>> BuildAsync(DateTimeOffset since, GapFilter? filter, CancellationToken cancellationToken)
    {
        var gaps = (await _records.ListGapsAsync(since, cancellationToken))
            .Where(q => filter is null || filter.Matches(q))
            .Select(static q => q with { Question = ContextTail.Without(q.Question) })
            .ToList();
        if (gaps.Count == 0)
        {
            return [];
        }

        var groups = await GroupAsync(gaps, cancellationToken);
        var ordered = groups
            .OrderByDescending(static g => g.Count)
            .ThenByDescending(static g => g.Max(static q => q.At))
            .ToList();
        var report = new List<GapGroup>(ordered.Count);
        foreach (var group in ordered)
        {
            var wordings = group
                .GroupBy(static q => Normal(q.Question), StringComparer.Ordinal)
                .OrderByDescending(static w => w.Count())
                .ThenBy(static w => w.Min(static q => q.At))
                .Select(static w => w.First().Question.Trim())
                .ToList();
            var nearest = await NearestAsync(wordings[0], cancellationToken);
            report.Add(new GapGroup(group.Count, [.. wordings.Take(MaxExamples)], group.Count(static q => q.Declined), nearest));
        }

        return report;
    }

    private async Task<List<List<GapQuestion>>> GroupAsync(IReadOnlyList<GapQuestion> gaps, CancellationToken cancellationToken)
    {
        if (_embeddings is { } model)
        {
            try
            {
                var distinct = gaps.Select(static q => Normal(q.Question)).Distinct(StringComparer.Ordinal).ToList();
                var vectors = await model.Generator.GenerateAsync(distinct.Select(q => model.QueryPrefix + q), cancellationToken: cancellationToken);
                var byText = new Dictionary<string, float[]>(StringComparer.Ordinal);
                for (var i = 0; i < distinct.Count; i++)
                {
                    byText[distinct[i]] = vectors[i].Vector.ToArray();
                }

                // Shared words are no evidence once the model is there: "how long is the bridge" and "when was the bridge
                // built" share most of theirs.
                return Cluster(gaps, q => byText[q], static (a, b) => TensorPrimitives.CosineSimilarity(a, b) >= SameMeaning);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.GapEmbeddingFailed(_logger, ex);
            }
        }

        return Cluster(gaps, QuestionWords.Of, static (a, b) => QuestionWords.Overlap(a, b) >= SameWords);
    }

    // Wordings that mean the same are joined, and so are their groups (single link over the distinct wordings): a
    // paraphrase close to any wording of a group belongs to it, whichever order they were asked in.
    private static List<List<GapQuestion>> Cluster<TKey>(IReadOnlyList<GapQuestion> gaps, Func<string, TKey> key, Func<TKey, TKey, bool> same)
    {
        var wordings = gaps.GroupBy(static q => Normal(q.Question), StringComparer.Ordinal).ToList();
        var keys = wordings.ConvertAll(w => key(w.Key));
        var parent = Enumerable.Range(0, wordings.Count).ToArray();
        for (var i = 0; i < wordings.Count; i++)
        {
            for (var j = i + 1; j < wordings.Count; j++)
            {
                if (Root(parent, i) != Root(parent, j) && same(keys[i], keys[j]))
                {
                    parent[Root(parent, j)] = Root(parent, i);
                }
            }
        }

        return wordings
            .Select((wording, index) => (Root: Root(parent, index), Wording: wording))
            .GroupBy(static w => w.Root)
            .Select(static g => g.SelectMany(static w => w.Wording).OrderBy(static q => q.At).ToList())
            .ToList();
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private async Task<GapParagraph?> NearestAsync(string question, CancellationToken cancellationToken)
    {
        if (_search is null)
        {
            return null;
        }

        var found = await _search.SearchAsync(question, 1, cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        var statement = found[0].Statement;
        return new GapParagraph(statement.Source.Id, statement.Source.Title, statement.Paragraph, statement.Text);
    }

    private static string Normal(string question) => question.Trim().TrimEnd('?', '!', '.', ' ').ToLowerInvariant();
}
