using System.Text.RegularExpressions;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>
/// A question's name is meant by the knowledge when its vector (the word alone, no query prefix) is at least
/// <see cref="NearestWordAbove"/> in cosine to the vector of some name of the knowledge (a capitalised word): "Moscow"
/// for "Russia". Names are compared with names only, so a common word of the knowledge does not pass for a name.
/// The knowledge's name vectors
/// are computed once per knowledge snapshot (the corpus's statement list) and kept with it; the question's words are
/// embedded in one batch. Any failure of the model means no word is present (the lexical judgement stands).
/// </summary>
public sealed partial class VocabularyMeaning(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    IStatementCorpus corpus,
    IOptions<EmbeddingsOptions> options,
    ILogger<VocabularyMeaning> logger,
    TimeProvider? time = null) : IWordMeaning, IDisposable
{
    /// <summary>
    /// The cosine of two single words above which they are taken to mean the same thing. Measured with
    /// snowflake-arctic-embed-xs: a city for its country's government or a synonym scores 0.93-0.97, while a
    /// neighbouring country or an attribute the article lacks ("age", "salary", "summit") stays below 0.92.
    /// </summary>
    public const double NearestWordAbove = 0.93;

    private const int BatchSize = 128;
    private readonly SemaphoreSlim _computing = new(1, 1);
    private Vocabulary? _last;

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> PresentAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        var asked = words.Where(static w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return new HashSet<string>();
        }

        try
        {
            var vocabulary = await VocabularyAsync(cancellationToken);
            using var deadline = new CancellationTokenSource(options.Value.Timeout, time ?? TimeProvider.System);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            var embeddings = await generator.GenerateAsync(asked, cancellationToken: timeout.Token);
            var present = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < asked.Count && i < embeddings.Count; i++)
            {
                if (Nearest(embeddings[i].Vector.Span, vocabulary.Vectors) >= NearestWordAbove)
                {
                    present.Add(asked[i]);
                }
            }

            return present;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is not EmbeddingModelUnavailableException)
            {
                Log.WordMeaningUnavailable(logger, ex.GetType().Name);
            }

            return new HashSet<string>();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _computing.Dispose();

    private static double Nearest(ReadOnlySpan<float> vector, List<float[]> vocabulary)
    {
        var best = -1.0;
        foreach (var word in vocabulary)
        {
            best = Math.Max(best, StatementEmbeddingIndex.Cosine(vector, word));
        }

        return best;
    }

    private async Task<Vocabulary> VocabularyAsync(CancellationToken cancellationToken)
    {
        var statements = corpus.Statements;
        if (Volatile.Read(ref _last) is { } known && ReferenceEquals(known.Statements, statements))
        {
            return known;
        }

        await _computing.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _last) is { } again && ReferenceEquals(again.Statements, statements))
            {
                return again;
            }

            var words = statements
                .SelectMany(static s => WordPattern().Matches(s.Text).Select(static m => m.Value.ToLowerInvariant()))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var vectors = new List<float[]>(words.Count);
            foreach (var batch in words.Chunk(BatchSize))
            {
                var embeddings = await generator.GenerateAsync(batch, cancellationToken: cancellationToken);
                vectors.AddRange(embeddings.Select(static e => e.Vector.ToArray()));
            }

            var vocabulary = new Vocabulary(statements, vectors);
            Volatile.Write(ref _last, vocabulary);
            return vocabulary;
        }
        finally
        {
            _computing.Release();
        }
    }

    // The knowledge's names: capitalised words (a sentence's first word too; few, and harmless).
    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private sealed record Vocabulary(IReadOnlyList<Statement> Statements, List<float[]> Vectors);
}
