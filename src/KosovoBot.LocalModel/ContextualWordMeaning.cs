using System.Collections.Concurrent;
using KosovoBot.Core.Answers;
using KosovoBot.SemanticKernel.Embeddings;
using Microsoft.Extensions.Logging;

namespace KosovoBot.LocalModel;

/// <summary>
/// Judges a question's common words by their meaning in context: the word's vector in the question (the model's
/// last hidden state, not a word alone) is compared with every word's vector in a candidate statement, and a
/// statement word says it when it stands out from the statement's other words by at least
/// <see cref="StandsOutBy"/> in cosine ("gather" and "meeting", "predict" and "expect"). Names are left to the inner
/// judge. A statement's word vectors are computed once and kept (up to <see cref="KeptStatements"/> texts); the
/// question and the statements not yet kept are one run of the model. Any failure of the model means no word is
/// said (the lexical judgement stands).
/// </summary>
internal sealed class ContextualWordMeaning(IWordMeaning names, LocalEmbeddingGenerator generator, ILogger<ContextualWordMeaning> logger)
    : IWordMeaning
{
    /// <summary>
    /// How far (cosine) a statement word must stand out above the mean of all the statement's words to say a question
    /// word. Measured with snowflake-arctic-embed-xs on invented question and statement pairs: a paraphrase stands
    /// out by 0.12-0.21 ("journalists" and "reporters" 0.21, "vital" and "crucial" 0.16, "predict" and "expect" 0.15),
    /// while the thing a near-miss question asks for stays at 0.04-0.11 ("population", "cost", "died", "propose").
    /// </summary>
    public const double StandsOutBy = 0.13;

    /// <summary>The most statements whose word vectors are kept.</summary>
    public const int KeptStatements = 4096;

    private readonly ConcurrentDictionary<string, ContextualWords> _statements = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> PresentAsync(IReadOnlyList<string> words, CancellationToken cancellationToken) =>
        names.PresentAsync(words, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> EquivalentsAsync(
        string question, IReadOnlyList<string> words, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(texts);
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (words.Count == 0 || texts.Count == 0)
        {
            return found;
        }

        try
        {
            var unknown = texts.Where(t => !_statements.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
            var encoded = await generator.EncodeWordsAsync([question, .. unknown], cancellationToken);
            if (_statements.Count + unknown.Count > KeptStatements)
            {
                _statements.Clear();
            }

            for (var i = 0; i < unknown.Count; i++)
            {
                _statements[unknown[i]] = encoded[i + 1];
            }

            var asked = encoded[0];
            var statements = texts.Select(t => _statements.TryGetValue(t, out var s) ? s : null).OfType<ContextualWords>().ToList();
            var names = statements
                .SelectMany(static s => s.Words.Skip(1).Where(static w => char.IsUpper(w[0])))
                .Select(static w => w.ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                var at = Array.FindIndex(asked.Words, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    continue;
                }

                var said = statements
                    .SelectMany(s => StandingOut(asked.Vectors[at], s))
                    .Where(p => !names.Contains(p.Word))
                    .GroupBy(static p => p.Word, StringComparer.Ordinal)
                    .Select(static g => (Word: g.Key, Margin: g.Max(static p => p.Margin)))
                    .OrderByDescending(static p => p.Margin)
                    .Select(static p => p.Word)
                    .ToList();
                if (said.Count > 0)
                {
                    found[word] = said;
                }
            }

            return found;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is not EmbeddingModelUnavailableException)
            {
                Log.WordMeaningUnavailable(logger, ex.GetType().Name);
            }

            return new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        }
    }

    // The statement's common words (lower case) whose cosine to the question word stands out from the statement's
    // mean. A name (capitalised after a statement's first word) always stands out, and says no common word: names are
    // the inner judge's.
    private static List<(string Word, double Margin)> StandingOut(float[] asked, ContextualWords statement)
    {
        if (statement.Vectors.Length == 0)
        {
            return [];
        }

        var cosines = Array.ConvertAll(statement.Vectors, v => StatementEmbeddingIndex.Cosine(asked, v));
        var mean = cosines.Average();
        return cosines
            .Select((c, i) => (Word: statement.Words[i], Margin: c - mean, Name: i > 0 && char.IsUpper(statement.Words[i][0])))
            .Where(static p => p.Margin >= StandsOutBy && !p.Name && p.Word.Any(char.IsLetter))
            .Select(static p => (p.Word.ToLowerInvariant(), p.Margin))
            .ToList();
    }
}
